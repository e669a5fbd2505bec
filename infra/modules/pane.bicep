// The task pane's static files over HTTPS. azd deploys addin/dist here (host: staticwebapp).
param name string
param location string
param tags object

resource site 'Microsoft.Web/staticSites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: 'Free', tier: 'Free' }
  properties: {
    // azd uploads the build with the deployment token; no repository is connected.
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostname
output origin string = 'https://${site.properties.defaultHostname}'
