// Host storage, the app's tables and queues, and the Flex Consumption deployment container. Only
// Entra ID reaches it: shared keys are refused, so no connection string can work anywhere.
param name string
param location string
param tags object

@description('The Function App\'s identity: gets data-plane roles on this account, nothing at the control plane.')
param principalId string

// Names the code uses: OutreachTable.TableName, SubscriptionIndex.TableName, MailQueues, EraseQueue. The host
// adds "-poison" to a queue trigger's queue after maxDequeueCount failures, hence mail-sync-poison.
var tableNames = [
  'Outreach'
  'OutreachSubscriptions'
]
var queueNames = [
  'mail-links'
  'mail-links-poison'
  'mail-sync'
  'mail-sync-poison'
  'mail-notifications'
  'mail-notifications-poison'
  'privacy-erase'
  'privacy-erase-poison'
]
var deploymentContainerName = 'app-package'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobs
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queue in queueNames: {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tableNames: {
    parent: tableService
    name: table
  }
]

// The three assignments are spelled out rather than looped so that the compiled template names each
// role id literally; tests/Outreach.IntegrationTests/Infra checks them against an allow-list.
// Blob Data Owner, not Contributor: the Functions host manages blob leases (timer triggers, scale
// controller) and the Flex Consumption deployment package with it.
resource blobDataOwner 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource queueDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '974c5e8b-45b9-4653-ba55-5f855dd0fb88')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalId, '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3')
    principalId: principalId
    principalType: 'ServicePrincipal'
  }
}

output name string = account.name
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
