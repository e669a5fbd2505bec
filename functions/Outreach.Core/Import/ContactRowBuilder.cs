using System.Globalization;
using CsvHelper;
using Outreach.People;

namespace Outreach.Import;

/// <summary>Turns one data record into a <see cref="ContactRow"/>, a rejection, or nothing.</summary>
internal static class ContactRowBuilder
{
    private static readonly string[] DateFormats = ["d MMM yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

    // Google joins several addresses of one label with " ::: "; other tools use ';' or ','.
    private static readonly string[] AddressSeparators = [":::", ";", ","];

    private const int QuotedValueLimit = 80;

    public static void Add(CsvReader csv, ContactColumns columns, int line, List<ContactRow> rows, List<ImportIssue> rejected, List<ImportIssue> warnings)
    {
        if (OverLimit(csv, columns) is { } reason)
        {
            rejected.Add(new ImportIssue(line, reason));
            return;
        }

        var rowWarnings = new List<string>(0);
        var firstName = Cell(csv, columns.FirstName);
        var lastName = Cell(csv, columns.LastName);
        if (firstName is null && lastName is null && Cell(csv, columns.FullName) is { } fullName)
        {
            (firstName, lastName) = Split(fullName);
        }

        var emails = Emails(csv, columns, rowWarnings);
        var profileUrl = ProfileUrlOf(csv, columns, rowWarnings);
        if (firstName is null && lastName is null && emails.Count == 0 && profileUrl is null)
        {
            if (!IsBlank(csv))
            {
                var details = rowWarnings.Count == 0 ? string.Empty : " " + string.Join(" ", rowWarnings);
                rejected.Add(new ImportIssue(line, "The row has no name, no valid e-mail address and no LinkedIn profile URL." + details));
            }

            return;
        }

        var connectedOn = ConnectedOn(csv, columns, rowWarnings);
        foreach (var warning in rowWarnings)
        {
            warnings.Add(new ImportIssue(line, warning));
        }

        rows.Add(new ContactRow
        {
            Line = line,
            FirstName = firstName,
            LastName = lastName,
            ProfileUrl = profileUrl,
            Emails = emails,
            Company = Cell(csv, columns.Company),
            Position = Cell(csv, columns.Position),
            ConnectedOn = connectedOn,
        });
    }

    /// <summary>Why the row holds more than a person may, checked before anything of it is used; else null.</summary>
    private static string? OverLimit(CsvReader csv, ContactColumns columns)
    {
        var addresses = 0;
        foreach (var column in columns.Emails)
        {
            var length = RawLength(csv, column);
            if (length > ImportLimits.MaxEmailCellLength)
            {
                return TooLong(columns, column, length, ImportLimits.MaxEmailCellLength);
            }

            if (Cell(csv, column) is { } cell)
            {
                addresses += cell.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
            }
        }

        if (addresses > ImportLimits.MaxEmailsPerPerson)
        {
            return $"The row holds {addresses} e-mail addresses; a person may have at most {ImportLimits.MaxEmailsPerPerson}. Split them over the right people or remove some, then import the file again.";
        }

        int?[] fields = [columns.FirstName, columns.LastName, columns.FullName, columns.Company, columns.Position, columns.ProfileUrl, columns.ConnectedOn];
        foreach (var column in fields.OfType<int>().Concat(columns.WebPageUrls))
        {
            var length = RawLength(csv, column);
            if (length > ImportLimits.MaxFieldLength)
            {
                return TooLong(columns, column, length, ImportLimits.MaxFieldLength);
            }
        }

        return null;
    }

    private static int RawLength(CsvReader csv, int column)
        => column < csv.FieldCount ? csv.GetString(column).AsSpan().Trim().Length : 0;

    private static string TooLong(ContactColumns columns, int column, int length, int limit)
        => $"The value in column {Header(columns, column)} is {length:N0} characters long; at most {limit:N0} are imported. Shorten it, then import the file again.";

    private static string Header(ContactColumns columns, int column)
    {
        var name = column < columns.Header.Count ? columns.Header[column].Trim().Trim('\uFEFF') : string.Empty;
        return name.Length is > 0 and <= QuotedValueLimit ? $"'{name}'" : (column + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string? Cell(CsvReader csv, int? column)
    {
        if (column is not { } index || index >= csv.FieldCount)
        {
            return null;
        }

        var value = csv.GetString(index).Trim();
        return value.Length == 0 ? null : value;
    }

    private static (string? First, string? Last) Split(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space < 0 ? (fullName, null) : (fullName[..space].TrimEnd(), fullName[(space + 1)..]);
    }

    private static List<string> Emails(CsvReader csv, ContactColumns columns, List<string> rowWarnings)
    {
        var emails = new List<string>(1);
        foreach (var column in columns.Emails)
        {
            if (Cell(csv, column) is not { } cell)
            {
                continue;
            }

            foreach (var candidate in cell.Split(AddressSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (EmailAddress.Normalize(candidate) is not { } address)
                {
                    rowWarnings.Add($"{Quote(candidate)} is not a valid e-mail address; the row was kept without it.");
                }
                else if (!emails.Contains(address))
                {
                    emails.Add(address);
                }
            }
        }

        return emails;
    }

    private static string? ProfileUrlOf(CsvReader csv, ContactColumns columns, List<string> rowWarnings)
    {
        if (Cell(csv, columns.ProfileUrl) is { } cell)
        {
            if (ProfileUrl.Normalize(cell) is { } url)
            {
                return url;
            }

            rowWarnings.Add($"{Quote(cell)} is not a LinkedIn profile URL; the row was kept without it.");
        }

        // A personal web page is not a profile unless it happens to be one: no warning otherwise.
        foreach (var column in columns.WebPageUrls)
        {
            if (ProfileUrl.Normalize(Cell(csv, column)) is { } url)
            {
                return url;
            }
        }

        return null;
    }

    private static DateOnly? ConnectedOn(CsvReader csv, ContactColumns columns, List<string> rowWarnings)
    {
        if (Cell(csv, columns.ConnectedOn) is not { } cell)
        {
            return null;
        }

        if (DateOnly.TryParseExact(cell, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
        {
            return date;
        }

        rowWarnings.Add($"{Quote(cell)} is not a date such as 12 Mar 2024; the row was kept without a connection date.");
        return null;
    }

    private static bool IsBlank(CsvReader csv)
    {
        for (var i = 0; i < csv.FieldCount; i++)
        {
            if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
            {
                return false;
            }
        }

        return true;
    }

    private static string Quote(string value)
        => "'" + (value.Length <= QuotedValueLimit ? value : string.Concat(value.AsSpan(0, QuotedValueLimit), "…")) + "'";
}
