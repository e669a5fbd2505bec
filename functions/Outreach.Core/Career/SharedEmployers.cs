using Outreach.People;

namespace Outreach.Career;

/// <summary>Which of the user's employers a person worked at too: their current company or one in their career history.</summary>
public static class SharedEmployers
{
    public static IReadOnlyList<SharedEmployer> Of(PersonEntity person, IReadOnlyList<Position> mine)
    {
        if (mine.Count == 0)
        {
            return [];
        }

        var theirs = new HashSet<string>(StringComparer.Ordinal) { CompanyName.Key(person.Company) };
        foreach (var change in person.CareerHistory)
        {
            theirs.Add(CompanyName.Key(change.FromCompany));
            theirs.Add(CompanyName.Key(change.ToCompany));
        }

        theirs.Remove(string.Empty);
        return mine.Where(p => theirs.Contains(CompanyName.Key(p.Company)))
            .OrderBy(p => p.From, StringComparer.Ordinal)
            .Select(p => new SharedEmployer(p.Company, p.From, p.To))
            .ToList();
    }
}
