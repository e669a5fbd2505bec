// Namespaces most integration tests read: HTTP status codes, JSON nodes, the shared fixtures and the API client.
global using System.Net;
global using System.Text.Json.Nodes;
global using Outreach.IntegrationTests.Api;
global using Outreach.IntegrationTests.Fixtures;
