using System.Globalization;

namespace Outreach.Career;

/// <summary>
/// Dates of Positions.csv ("Mar 2015", "March 2015" or just "2015") as <c>YYYY-MM</c>. A bare year
/// starts in January and ends in December, so a period given in years covers all of them.
/// </summary>
public static class CareerMonth
{
    private static readonly string[] MonthFormats = ["MMM yyyy", "MMMM yyyy", "yyyy-MM", "MM/yyyy"];

    /// <summary>The month, or null when the text is no date this reader understands.</summary>
    public static string? Parse(string? text, bool isEnd)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200)
        {
            return $"{year:D4}-{(isEnd ? 12 : 1):D2}";
        }

        return DateTime.TryParseExact(value, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : null;
    }
}
