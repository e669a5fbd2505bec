// Everything Outreach needs in Azure, provisioned by `azd up` (see README.md in this folder).
targetScope = 'subscription'

@minLength(1)
@maxLength(40)
@description('azd environment name; names the resource group and seeds every resource name.')
param environmentName string

@minLength(1)
@description('Region of the Function App, storage, monitoring and Key Vault (Flex Consumption must be offered there).')
param location string

// Static Web Apps is offered in a handful of regions only; the pane is static files served from the edge anyway.
@allowed([
  'centralus'
  'eastus2'
  'eastasia'
  'westeurope'
  'westus2'
])
@description('Region of the Static Web App that serves the task pane.')
param paneLocation string = 'westeurope'

@description('Client id of the Entra ID app registration: the API (audience) and the confidential client for Graph.')
param authClientId string

@description('Tenant of the app registration and of the users.')
param authTenantId string

@description('Object id of whoever runs azd; gets Key Vault Secrets Officer to put the token-cache key in. Empty: no assignment.')
param principalId string = ''

@description('Key Vault purge protection: irreversible once on, and it keeps the vault name taken for the retention period. Turn on for production.')
param keyVaultPurgeProtection bool = false

var token = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource group 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: group
  params: {
    name: 'id-outreach-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: group
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: group
  params: {
    workspaceName: 'log-${token}'
    appInsightsName: 'appi-${token}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  scope: group
  params: {
    name: 'kv-${token}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    officerPrincipalId: principalId
    purgeProtection: keyVaultPurgeProtection
  }
}

module pane 'modules/pane.bicep' = {
  name: 'pane'
  scope: group
  params: {
    name: 'stapp-${token}'
    location: paneLocation
    tags: union(tags, { 'azd-service-name': 'pane' })
  }
}

module api 'modules/functionapp.bicep' = {
  name: 'api'
  scope: group
  params: {
    planName: 'plan-${token}'
    name: 'func-${token}'
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    paneHostName: pane.outputs.hostName
    authClientId: authClientId
    authTenantId: authTenantId
    tokenCacheKeyUri: vault.outputs.tokenCacheKeyUri
  }
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = authTenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_STATIC_WEB_APP_NAME string = pane.outputs.name
output AZURE_KEY_VAULT_NAME string = vault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('The federated credential on the app registration trusts this subject.')
output MANAGED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId

output API_URL string = api.outputs.url
output PANE_ORIGIN string = pane.outputs.origin
output PANE_URL string = '${pane.outputs.origin}/pane/index.html'

@description('The Application ID URI nested app authentication expects: the pane\'s domain and the client id.')
output AUTH_APPLICATION_ID_URI string = 'api://${pane.outputs.hostName}/${authClientId}'

output AUTH_AUTHORITY string = '${environment().authentication.loginEndpoint}${authTenantId}'
