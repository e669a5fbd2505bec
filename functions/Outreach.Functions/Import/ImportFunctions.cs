using Microsoft.Extensions.Options;
using Outreach.Import;

namespace Outreach.Functions.Import;

public sealed class ImportFunctions(ApiRunner api, ImportService imports, IOptions<ImportOptions> options)
{
    [Function("Import")]
    public Task<IResult> Post([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "imports")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
        {
            var upload = await UploadedFile.ReadAsync(request, options.Value.MaxBytes, ct);
            return Results.Ok(await imports.ImportAsync(user, upload.FileName, upload.Content, ct));
        });
}
