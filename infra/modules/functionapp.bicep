// The API: a Function App on Flex Consumption running as the user-assigned identity. Every
// connection is identity-based; the one secret the app needs comes as a Key Vault reference.
param planName string
param name string
param location string
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity: selects it for storage, App Insights and the Graph client assertion.')
param identityClientId string

param storageAccountName string
param deploymentContainerUrl string
param appInsightsConnectionString string

@description('Default host name of the Static Web App serving the pane: the only origin the API answers CORS for.')
param paneHostName string

param authClientId string
param authTenantId string

@description('Versionless Key Vault secret URI of the token-cache key.')
param tokenCacheKeyUri string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: [
          'https://${paneHostName}'
        ]
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      // A cap well below the sample templates' 100: one person's mail does not need more, and it bounds cost.
      scaleAndConcurrency: {
        maximumInstanceCount: 40
        instanceMemoryMB: 2048
      }
    }
  }
}

// No publishing passwords: azd and the Azure CLI deploy with Entra ID tokens, so basic auth for
// FTP and the SCM site only widens the attack surface.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

// A child resource rather than siteConfig.appSettings: the webhook URL below needs the site's own
// host name, which the site cannot reference while it is being created.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    // Host storage and the app's own tables and queues (StorageConnection reads the same keys).
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // Who may call the API: v2.0 tokens from the tenant for the app registration (NAA's Application ID URI).
    Auth__Authority: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
    Auth__Audience: 'api://${paneHostName}/${authClientId}'
    Auth__ClientId: authClientId
    // The confidential client for Graph: the same app registration, proving itself with the identity's
    // token through a federated credential, so there is no client secret or certificate to rotate.
    Graph__Instance: environment().authentication.loginEndpoint
    Graph__TenantId: authTenantId
    Graph__ClientId: authClientId
    Graph__ManagedIdentityClientId: identityClientId
    Graph__TokenCacheKey: '@Microsoft.KeyVault(SecretUri=${tokenCacheKeyUri})'
    Mail__NotificationUrl: 'https://${site.properties.defaultHostName}/api/graph/notifications'
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
