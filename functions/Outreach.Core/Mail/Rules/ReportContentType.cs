namespace Outreach.Mail.Rules;

/// <summary>Reads a top-level <c>Content-Type</c> header for RFC 6522 <c>multipart/report</c>.</summary>
internal static class ReportContentType
{
    /// <summary>True for <c>multipart/report</c> with the given <c>report-type</c> parameter.</summary>
    public static bool IsReport(string contentType, string reportType)
    {
        var parts = contentType.Split(';');
        if (!string.Equals(parts[0].Trim(), "multipart/report", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var parameter in parts.Skip(1))
        {
            var pair = parameter.Split('=', 2);
            if (pair.Length == 2
                && string.Equals(pair[0].Trim(), "report-type", StringComparison.OrdinalIgnoreCase)
                && string.Equals(pair[1].Trim().Trim('"'), reportType, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
