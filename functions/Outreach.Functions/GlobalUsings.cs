// Every function class binds HTTP or queue triggers and runs through the core's HTTP helpers.
global using Microsoft.AspNetCore.Http;
global using Microsoft.Azure.Functions.Worker;
global using Outreach.Http;
