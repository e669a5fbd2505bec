// The token-cache encryption key lives here (and a client certificate, if one is ever used instead of
// the federated credential). Access is Azure RBAC only: no access policies to drift.
param name string
param location string
param tags object

@description('Reads secrets through Key Vault references: the Function App\'s identity.')
param readerPrincipalId string

@description('May write secrets (the person deploying); empty for none.')
param officerPrincipalId string

param purgeProtection bool

@description('The secret the app reads as Graph:TokenCacheKey; created by hand, see infra/README.md.')
param tokenCacheKeySecretName string = 'graph-token-cache-key'

resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The service rejects an explicit false, so "off" is expressed by leaving the property out.
    enablePurgeProtection: purgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, '4633458b-17de-408a-b874-0445c86b69e6')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource secretsOfficer 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(officerPrincipalId)) {
  name: guid(vault.id, officerPrincipalId, 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')
    principalId: officerPrincipalId
  }
}

output name string = vault.name

@description('Versionless, so a new secret version is picked up without a redeployment.')
output tokenCacheKeyUri string = '${vault.properties.vaultUri}secrets/${tokenCacheKeySecretName}'
