// Namespaces most of the core reads: the table SDK, the caller's identity, the storage helpers and problems.
global using Azure;
global using Azure.Data.Tables;
global using Outreach.Auth;
global using Outreach.Problems;
global using Outreach.Storage;
