// Namespaces many unit tests read: the mail rules, the plan and the import under test.
global using Outreach.Import;
global using Outreach.Mail.Rules;
global using Outreach.Plan;
