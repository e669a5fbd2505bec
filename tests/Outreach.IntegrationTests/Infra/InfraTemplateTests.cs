using System.Text.RegularExpressions;
using Outreach.Auth;
using Outreach.Import;
using Outreach.Mail;
using Outreach.Mail.Graph;
using Outreach.Mail.Subscriptions;
using Outreach.Storage;

namespace Outreach.IntegrationTests.Infra;

/// <summary>
/// What <c>infra/main.bicep</c> deploys, read from the ARM JSON Bicep compiles it to: the facts that keep
/// the deployment keyless, least-privileged and wired to what the app reads.
/// </summary>
public sealed partial class InfraTemplateTests
{
    private const string BlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string QueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string TableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string KeyVaultSecretsOfficer = "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    private const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    /// <summary>Roles that would give the app (or anyone) control of resources or of access itself.</summary>
    public static TheoryData<string, string> BroadRoles => new()
    {
        { "Owner", "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
        { "Contributor", "b24988ac-6180-42a0-ab88-20f7382dd24c" },
        { "User Access Administrator", "18d79dbf-6b7a-4f50-b5dd-98f0df28c2e8" },
        { "Role Based Access Control Administrator", "f58310d9-a9f6-439a-9e8d-f62e7b41a168" },
        { "Storage Account Contributor", "17d1049b-9a84-46fb-8f53-869881c3d3ab" },
        { "Storage Blob Data Contributor", "ba92f5b4-2d11-453d-a403-e96b0029c9fe" },
        { "Key Vault Administrator", "00482a5a-887f-4fb3-b363-3b7fe8e74483" },
        { "Key Vault Contributor", "f25e0fa2-a7c8-4377-a976-54943a77a395" },
    };

    private static CompiledTemplate Template => CompiledTemplate.Instance;

    private static TemplateResource Site => Template.Single("Microsoft.Web/sites");

    [Fact]
    public void MainBicepBuildsWithoutDiagnostics()
    {
        var build = BicepBuild.Main;

        Assert.True(build.Result.ExitCode == 0, build.Result.ToString());
        Assert.Empty(build.Result.Diagnostics);
        Assert.True(build.Json is not null, "main.json was written");
    }

    [Fact]
    public void MainBicepLintsWithoutErrorsOrWarnings()
    {
        var result = BicepCli.Run("lint", BicepCli.MainBicep);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void LintReportsABrokenTemplate()
    {
        // The clean lint above means something only if lint would speak up here.
        var directory = Directory.CreateTempSubdirectory("outreach-bicep-").FullName;
        try
        {
            File.Copy(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), Path.Combine(directory, "bicepconfig.json"));
            var file = Path.Combine(directory, "broken.bicep");
            File.WriteAllText(file, "param unused string = 'https://login.microsoftonline.com/'\n");

            var result = BicepCli.Run("lint", file);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains(result.Diagnostics, d => d.Contains("no-hardcoded-env-urls", StringComparison.Ordinal));
            Assert.Contains(result.Diagnostics, d => d.Contains("no-unused-params", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void EverythingLandsInOneResourceGroupTaggedWithTheAzdEnvironment()
    {
        Assert.Contains("subscriptionDeploymentTemplate.json", Template.Root["$schema"]!.GetValue<string>(), StringComparison.Ordinal);
        var group = Template.Single("Microsoft.Resources/resourceGroups");
        Assert.Equal("[format('rg-{0}', parameters('environmentName'))]", group.Text("name"));
        Assert.Equal("[parameters('environmentName')]", Template.Root["variables"]!["tags"]!["azd-env-name"]!.GetValue<string>());

        var modules = Template.OfType("Microsoft.Resources/deployments").ToList();
        Assert.Equal(6, modules.Count);
        Assert.All(modules, m => Assert.Equal("[format('rg-{0}', parameters('environmentName'))]", m.Text("resourceGroup")));
    }

    [Fact]
    public void FunctionAppRunsDotnetIsolated10OnFlexConsumption()
    {
        var plan = Template.Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", plan.Text("sku.name"));
        Assert.Equal("FlexConsumption", plan.Text("sku.tier"));
        Assert.Equal(true, plan.Path("properties.reserved")?.GetValue<bool>());

        Assert.Contains("functionapp", Site.Text("kind")!.Split(','));
        Assert.Contains("linux", Site.Text("kind")!.Split(','));
        Assert.Equal("dotnet-isolated", Site.Text("properties.functionAppConfig.runtime.name"));
        Assert.Equal("10.0", Site.Text("properties.functionAppConfig.runtime.version"));
        Assert.Contains("serverfarms", Site.Text("properties.serverFarmId"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(true, Site.Path("properties.httpsOnly")?.GetValue<bool>());
    }

    [Fact]
    public void FunctionAppTakesNoPublishingPasswords()
    {
        var policies = Template.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.Contains(policies, p => p.Text("name")!.EndsWith("'ftp')]", StringComparison.Ordinal));
        Assert.Contains(policies, p => p.Text("name")!.EndsWith("'scm')]", StringComparison.Ordinal));
        Assert.All(policies, p => Assert.Equal(false, p.Path("properties.allow")?.GetValue<bool>()));
    }

    [Fact]
    public void FunctionAppRunsAsTheUserAssignedIdentityOnly()
    {
        Assert.Equal("UserAssigned", Site.Text("identity.type"));
        var identities = Site.Path("identity.userAssignedIdentities")!.AsObject();
        var identity = Assert.Single(identities).Key;
        Assert.Equal("[format('{0}', parameters('identityId'))]", identity);

        // Deployment package, Key Vault references and storage all go through that identity.
        Assert.Equal("blobContainer", Site.Text("properties.functionAppConfig.deployment.storage.type"));
        Assert.Equal("UserAssignedIdentity", Site.Text("properties.functionAppConfig.deployment.storage.authentication.type"));
        Assert.Equal("[parameters('identityId')]", Site.Text("properties.functionAppConfig.deployment.storage.authentication.userAssignedIdentityResourceId"));
        Assert.Equal("[parameters('identityId')]", Site.Text("properties.keyVaultReferenceIdentity"));
    }

    [Fact]
    public void DeploymentPackageGoesToAContainerOfTheStorageAccount()
    {
        var storage = Template.Module("storage");
        var container = Template.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var output = storage.Path("properties.template.outputs.deploymentContainerUrl.value")!.GetValue<string>();

        Assert.Contains("primaryEndpoints.blob", output, StringComparison.Ordinal);
        Assert.Equal("None", container.Text("properties.publicAccess"));
        Assert.Contains("outputs.deploymentContainerUrl.value", ApiParameter("deploymentContainerUrl"), StringComparison.Ordinal);
    }

    [Fact]
    public void StorageAccountRefusesSharedKeysAndPlainHttp()
    {
        var account = Template.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account.Path("properties.allowSharedKeyAccess")?.GetValue<bool>());
        Assert.Equal("TLS1_2", account.Text("properties.minimumTlsVersion"));
        Assert.Equal(false, account.Path("properties.allowBlobPublicAccess")?.GetValue<bool>());
        Assert.Equal(true, account.Path("properties.supportsHttpsTrafficOnly")?.GetValue<bool>());
    }

    [Fact]
    public void EveryTableTheCodeUsesIsCreated()
    {
        var tables = Template.Single("Microsoft.Storage/storageAccounts/tableServices/tables");

        Assert.Contains("variables('tableNames')[copyIndex()]", tables.Text("name"), StringComparison.Ordinal);
        Assert.Equal(
            new[] { OutreachTable.TableName, SubscriptionIndex.TableName }.Order(StringComparer.Ordinal),
            Names(tables.Variable("tableNames")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryQueueTheCodeUsesIsCreatedWithThePoisonQueuesOfItsTriggers()
    {
        var queues = Template.Single("Microsoft.Storage/storageAccounts/queueServices/queues");

        // The app writes mail-links-poison itself; the host moves a failing queue-trigger message to "<queue>-poison".
        string[] expected = [MailQueues.Links, MailQueues.LinksPoison, MailQueues.Sync, MailQueues.Sync + "-poison",
            MailQueues.Notifications, MailQueues.Notifications + "-poison", Outreach.Privacy.EraseQueue.Name, Outreach.Privacy.EraseQueue.Name + "-poison"];
        Assert.Contains("variables('queueNames')[copyIndex()]", queues.Text("name"), StringComparison.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), Names(queues.Variable("queueNames")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IdentityHoldsExactlyTheThreeStorageDataRolesOnTheStorageAccount()
    {
        var onStorage = RoleAssignments().Where(r => r.Scope.Contains("'Microsoft.Storage/storageAccounts'", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            new[] { BlobDataOwner, QueueDataContributor, TableDataContributor }.Order(StringComparer.Ordinal),
            onStorage.Select(r => r.RoleId).Order(StringComparer.Ordinal));
        Assert.All(onStorage, r => Assert.Equal("storage", r.Module));
        Assert.All(onStorage, r => Assert.Equal("[parameters('principalId')]", r.PrincipalId));
        Assert.Contains("outputs.principalId.value", Template.Module("storage").Path("properties.parameters.principalId.value")!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryRoleAssignmentIsANamedNarrowRoleOnOneResource()
    {
        var assignments = RoleAssignments().ToList();
        var allowed = new Dictionary<string, string>
        {
            [BlobDataOwner] = "'Microsoft.Storage/storageAccounts'",
            [QueueDataContributor] = "'Microsoft.Storage/storageAccounts'",
            [TableDataContributor] = "'Microsoft.Storage/storageAccounts'",
            [KeyVaultSecretsUser] = "'Microsoft.KeyVault/vaults'",
            [KeyVaultSecretsOfficer] = "'Microsoft.KeyVault/vaults'",
            [MonitoringMetricsPublisher] = "'Microsoft.Insights/components'",
        };

        Assert.Equal(6, assignments.Count);
        Assert.All(assignments, r =>
        {
            Assert.True(allowed.TryGetValue(r.RoleId, out var scope), $"role {r.RoleId} in module {r.Module} is not on the allow-list");
            Assert.Contains(scope, r.Scope, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(BroadRoles))]
    public void NoRoleAssignmentGrantsABroadRole(string role, string id)
    {
        Assert.False(RoleAssignments().Any(r => r.RoleId == id), $"{role} is assigned");
        Assert.False(Template.Root.ToJsonString().Contains(id, StringComparison.OrdinalIgnoreCase), $"{role}'s id appears in the template");
    }

    [Fact]
    public void AppSettingsHoldNoKeysSecretsOrConnectionStrings()
    {
        var settings = AppSettings();

        Assert.Empty(SecretSettings.Problems(settings));
        Assert.DoesNotContain("listKeys", Template.Root.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(Site.Path("properties.siteConfig.appSettings"));
        Assert.Null(Site.Path("properties.siteConfig.connectionStrings"));
    }

    [Theory]
    [InlineData("AzureWebJobsStorage", "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc==")]
    [InlineData("QueueConnection", "[format('BlobEndpoint=x;SharedAccessSignature={0}', parameters('sas'))]")]
    [InlineData("Graph__TokenCacheKey", "c2VjcmV0LWtleS1vZi0zMi1ieXRlcy1zZWNyZXQta2V5IQ==")]
    [InlineData("Graph__TokenCacheKey", "[parameters('tokenCacheKey')]")]
    [InlineData("Graph__ClientSecret", "abc")]
    [InlineData("Db__Password", "hunter2")]
    [InlineData("Other_CONNECTION_STRING", "[parameters('x')]")]
    public void SecretCheckCatchesCredentialsInSettings(string name, string value)
    {
        Assert.NotEmpty(SecretSettings.Problems([new(name, value)]));
    }

    [Fact]
    public void TokenCacheKeyIsAKeyVaultReferenceToTheVaultsSecret()
    {
        var settings = AppSettings();

        Assert.Equal("[format('@Microsoft.KeyVault(SecretUri={0})', parameters('tokenCacheKeyUri'))]", settings["Graph__TokenCacheKey"]);
        Assert.Contains("outputs.tokenCacheKeyUri.value", ApiParameter("tokenCacheKeyUri"), StringComparison.Ordinal);
        var vaultOutput = Template.Module("keyvault").Path("properties.template.outputs.tokenCacheKeyUri.value")!.GetValue<string>();
        Assert.Contains(".vaultUri", vaultOutput, StringComparison.Ordinal);
        Assert.Contains("secrets/", vaultOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void StorageIsReachedWithTheIdentityNotAConnectionString()
    {
        var settings = AppSettings();

        Assert.Equal("[parameters('storageAccountName')]", settings[StorageConnection.SettingName + "__accountName"]);
        Assert.Equal("managedidentity", settings[StorageConnection.SettingName + "__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings[StorageConnection.SettingName + "__clientId"]);
        Assert.False(settings.ContainsKey(StorageConnection.SettingName));
    }

    [Fact]
    public void TelemetryAuthenticatesWithTheIdentity()
    {
        var settings = AppSettings();
        var appInsights = Template.Single("Microsoft.Insights/components");

        Assert.Equal(true, appInsights.Path("properties.DisableLocalAuth")?.GetValue<bool>());
        Assert.Contains("Microsoft.OperationalInsights/workspaces", appInsights.Text("properties.WorkspaceResourceId"), StringComparison.Ordinal);
        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Equal("[parameters('appInsightsConnectionString')]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }

    [Fact]
    public void EveryAppSettingForTheAppBindsToAnOptionsProperty()
    {
        var sections = new Dictionary<string, Type>
        {
            [AuthOptions.Section] = typeof(AuthOptions),
            [GraphSessionOptions.Section] = typeof(GraphSessionOptions),
            [MailOptions.Section] = typeof(MailOptions),
            [ImportOptions.Section] = typeof(ImportOptions),
        };
        var appSettings = AppSettings().Keys.Where(k => sections.Keys.Any(s => k.StartsWith(s + "__", StringComparison.Ordinal))).ToList();

        Assert.True(appSettings.Count >= 8, $"expected the Auth, Graph and Mail settings, found {appSettings.Count}");
        Assert.All(appSettings, key =>
        {
            var parts = key.Split("__");
            Assert.Equal(2, parts.Length);
            Assert.NotNull(sections[parts[0]].GetProperty(parts[1]));
        });
    }

    [Fact]
    public void AppIsConfiguredForTheAppRegistrationAndTheGraphWebhook()
    {
        var settings = AppSettings();

        Assert.Equal("[format('{0}{1}/v2.0', environment().authentication.loginEndpoint, parameters('authTenantId'))]", settings["Auth__Authority"]);
        Assert.Equal("[format('api://{0}/{1}', parameters('paneHostName'), parameters('authClientId'))]", settings["Auth__Audience"]);
        Assert.Equal("[parameters('authClientId')]", settings["Auth__ClientId"]);
        Assert.Equal("[parameters('authClientId')]", settings["Graph__ClientId"]);
        Assert.Equal("[parameters('authTenantId')]", settings["Graph__TenantId"]);
        Assert.Equal("[parameters('identityClientId')]", settings["Graph__ManagedIdentityClientId"]);
        Assert.DoesNotContain(settings.Keys, k => k is "Graph__CertificatePath" or "Graph__CertificateThumbprint");

        var webhook = settings["Mail__NotificationUrl"];
        Assert.StartsWith("[format('https://{0}/api/graph/notifications', reference(resourceId('Microsoft.Web/sites', parameters('name'))", webhook, StringComparison.Ordinal);
        Assert.Contains(".defaultHostName)]", webhook, StringComparison.Ordinal);
    }

    [Fact]
    public void CorsAllowsOnlyThePaneOriginWithoutCredentials()
    {
        var cors = Site.Path("properties.siteConfig.cors")!;

        var origin = Assert.Single(cors["allowedOrigins"]!.AsArray())!.GetValue<string>();
        Assert.Equal("[format('https://{0}', parameters('paneHostName'))]", origin);
        Assert.Equal(false, cors["supportCredentials"]?.GetValue<bool>());

        // paneHostName is the Static Web App's default host name, handed over from the pane module.
        Assert.Contains("'pane'", ApiParameter("paneHostName"), StringComparison.Ordinal);
        Assert.Contains("outputs.hostName.value", ApiParameter("paneHostName"), StringComparison.Ordinal);
        var hostName = Template.Module("pane").Path("properties.template.outputs.hostName.value")!.GetValue<string>();
        Assert.Equal("[reference(resourceId('Microsoft.Web/staticSites', parameters('name')), '2024-11-01').defaultHostname]", hostName);
    }

    [Fact]
    public void PaneIsAFreeStaticWebApp()
    {
        var site = Template.Single("Microsoft.Web/staticSites");

        Assert.Equal("Free", site.Text("sku.name"));
        Assert.Equal("Free", site.Text("sku.tier"));
    }

    [Fact]
    public void KeyVaultAuthorisesWithRbacAndKeepsDeletedSecrets()
    {
        var vault = Template.Single("Microsoft.KeyVault/vaults");

        Assert.Equal(true, vault.Path("properties.enableRbacAuthorization")?.GetValue<bool>());
        Assert.Equal(true, vault.Path("properties.enableSoftDelete")?.GetValue<bool>());
        Assert.Null(vault.Path("properties.accessPolicies"));
        Assert.Equal("[if(parameters('purgeProtection'), true(), null())]", vault.Text("properties.enablePurgeProtection"));
    }

    [Fact]
    public void OutputsGiveTheApiAndPaneUrls()
    {
        var outputs = Template.Root["outputs"]!.AsObject();

        foreach (var name in new[] { "API_URL", "PANE_URL", "PANE_ORIGIN", "AUTH_APPLICATION_ID_URI", "AUTH_AUTHORITY", "MANAGED_IDENTITY_PRINCIPAL_ID", "AZURE_LOCATION", "AZURE_TENANT_ID", "AZURE_RESOURCE_GROUP" })
        {
            Assert.True(outputs.ContainsKey(name), $"output {name} is missing");
        }

        Assert.Contains("outputs.url.value", outputs["API_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("[format('{0}/pane/index.html', reference(", outputs["PANE_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("outputs.origin.value", outputs["PANE_URL"]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(JsonNode? array) => array!.AsArray().Select(n => n!.GetValue<string>());

    private static string ApiParameter(string name) => Template.Module("api").Path($"properties.parameters.{name}.value")!.GetValue<string>();

    private static Dictionary<string, string> AppSettings()
    {
        var config = Assert.Single(Template.OfType("Microsoft.Web/sites/config"), c => c.Text("name")!.Contains("'appsettings'", StringComparison.Ordinal));
        return config.Path("properties")!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
    }

    private static IEnumerable<RoleAssignment> RoleAssignments()
        => Template.OfType("Microsoft.Authorization/roleAssignments").Select(r =>
        {
            var definition = r.Text("properties.roleDefinitionId")!;
            var ids = GuidPattern().Matches(definition).Select(m => m.Value.ToLowerInvariant()).ToList();

            // A role hidden behind a variable or parameter could be anything: demand the literal id.
            Assert.True(ids.Count == 1, $"role definition '{definition}' in module {r.Module} does not name exactly one role id");
            return new RoleAssignment(r.Module, ids[0], r.Text("scope") ?? "(resource group)", r.Text("properties.principalId"));
        });

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidPattern();

    private sealed record RoleAssignment(string? Module, string RoleId, string Scope, string? PrincipalId);
}
