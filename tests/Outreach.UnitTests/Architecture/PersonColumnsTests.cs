using System.Text.RegularExpressions;

namespace Outreach.UnitTests.Architecture;

/// <summary>
/// A person's row has one home: only <c>People/</c> (the entity and its accessors) and <c>Ledger/</c>
/// (which writes person rows with their counters) may name its JSON columns. Everyone else goes through
/// the entity's typed accessors, so changing the row's layout means opening those two folders only.
/// </summary>
public sealed partial class PersonColumnsTests
{
    private static readonly string[] Owners =
    [
        Path.Combine("functions", "Outreach.Core", "People") + Path.DirectorySeparatorChar,
        Path.Combine("functions", "Outreach.Core", "Ledger") + Path.DirectorySeparatorChar,
    ];

    [Fact]
    public void OnlyPeopleAndLedgerNameAPersonsJsonColumns()
    {
        var root = FindRepositoryRoot();
        var offences = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "functions"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file);
            if (IsBuildOutput(relative) || Owners.Any(o => relative.StartsWith(o, StringComparison.Ordinal)))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (JsonColumn().Match(lines[i]) is { Success: true } match)
                {
                    offences.Add($"{relative.Replace('\\', '/')}:{i + 1} names {match.Value}");
                }
            }
        }

        Assert.True(offences.Count == 0, "Read a person's lists through PersonEntity's accessors instead:\n" + string.Join('\n', offences));
    }

    [Fact]
    public void TheCheckKnowsEveryJsonColumnOfThePersonRow()
    {
        var root = FindRepositoryRoot();
        var entity = File.ReadAllText(Path.Combine(root, "functions", "Outreach.Core", "People", "PersonEntity.cs"));
        var columns = StoredJsonColumn().Matches(entity).Select(m => m.Groups["name"].Value).ToList();

        Assert.NotEmpty(columns);
        Assert.All(columns, c => Assert.Matches(JsonColumn(), c));
    }

    private static bool IsBuildOutput(string relative)
        => relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Outreach.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Outreach.sln above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"\b(EmailsJson|TagsJson|SuggestionsJson|RejectedSuggestionsJson|CareerHistoryJson)\b")]
    private static partial Regex JsonColumn();

    [GeneratedRegex(@"public string (?<name>\w+Json) \{ get; set; \}")]
    private static partial Regex StoredJsonColumn();
}
