using System.Globalization;
using System.Text;

namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// A fictional LinkedIn network, the same for the same seed: a few hundred people with varied names,
/// companies, positions and connection dates; about a fifth share their e-mail in the export, and
/// some more are known only from old mail in the demo mailbox.
/// </summary>
public sealed class DemoNetwork
{
    private const double SharedEmailShare = 0.2;
    private const double MailboxOnlyShare = 0.07;

    private DemoNetwork(IReadOnlyList<DemoConnection> connections) => Connections = connections;

    public IReadOnlyList<DemoConnection> Connections { get; }

    /// <summary>Everyone with an address the mailbox knows: give these to <c>DemoMailbox.Seed</c>.</summary>
    public IReadOnlyList<DemoPerson> MailboxPeople
        => [.. Connections.Where(c => c.MailboxAddress is not null).Select(c => new DemoPerson(c.Name, c.MailboxAddress!, HistoryRequired: c.EmailAddress is null))];

    public static DemoNetwork Generate(int seed, int count = 300, DateOnly? today = null)
    {
        var random = new Random(seed);
        var lastDay = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        var firstDay = new DateOnly(2008, 1, 1);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var connections = new List<DemoConnection>(count);
        while (connections.Count < count)
        {
            // Mostly a first and last name from one language area; sometimes mixed, as in any network.
            var culture = DemoNames.Cultures[random.Next(DemoNames.Cultures.Length)];
            var first = Pick(random, culture.First);
            var last = Pick(random, random.NextDouble() < 0.15 ? DemoNames.Cultures[random.Next(DemoNames.Cultures.Length)].Last : culture.Last);
            var slug = Slug(first) + "-" + Slug(last);
            if (!used.Add(slug))
            {
                // Namesakes exist, but each profile URL is unique.
                slug += "-" + random.Next(0x1000, 0xFFFF).ToString("x", CultureInfo.InvariantCulture);
                used.Add(slug);
            }

            // LinkedIn leaves company and position empty for some.
            var company = random.NextDouble() < 0.05 ? null : Pick(random, DemoNames.Companies);
            var position = company is null || random.NextDouble() < 0.03 ? null : Pick(random, DemoNames.Positions);

            // More connections in recent years, as networks grow.
            var span = lastDay.DayNumber - firstDay.DayNumber;
            var connectedOn = DateOnly.FromDayNumber(firstDay.DayNumber + (int)(span * Math.Sqrt(random.NextDouble())));

            var address = Address(random, first, last, company, slug);
            var draw = random.NextDouble();
            var shared = draw < SharedEmailShare;
            var mailboxOnly = !shared && draw < SharedEmailShare + MailboxOnlyShare;
            connections.Add(new DemoConnection(first, last, $"https://www.linkedin.com/in/{slug}", shared ? address : null, company, position, connectedOn,
                shared || mailboxOnly ? address : null));
        }

        return new DemoNetwork(connections);
    }

    /// <summary>The export as LinkedIn writes it (text; see <see cref="ConnectionsCsvUtf8"/> for the file's bytes).</summary>
    public string ConnectionsCsv() => Demo.ConnectionsCsv.Write(Connections);

    /// <summary>The export's bytes: UTF-8 with a byte order mark, as LinkedIn's download is.</summary>
    public byte[] ConnectionsCsvUtf8() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ConnectionsCsv())];

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Address(Random random, string first, string last, string? company, string slug)
    {
        var local = random.Next(3) switch
        {
            0 => $"{Slug(first)}.{Slug(last)}",
            1 => $"{Slug(first)[0]}{Slug(last)}",
            _ => slug.Replace("-", string.Empty, StringComparison.Ordinal),
        };
        var workAddress = company is not null && company is not ("Self-employed" or "Freelance") && random.NextDouble() < 0.5;
        var domain = workAddress ? Slug(company!).Replace("-", string.Empty, StringComparison.Ordinal) + ".example" : Pick(random, DemoNames.MailProviders);
        return $"{local}@{domain}";
    }

    /// <summary>Lower-case ASCII letters and digits, hyphens between words: "Ní Bhriain" → "ni-bhriain".</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Replace("ł", "l", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if ((c is ' ' or '-' or '\'' or '&' or ',' or '.') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
