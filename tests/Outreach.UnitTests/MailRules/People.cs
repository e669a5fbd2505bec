namespace Outreach.UnitTests.MailRules;

/// <summary>A small network: who has which address, as the linker's lookup would answer.</summary>
internal static class People
{
    public const string Hans = "person-hans";
    public const string Jane = "person-jane";
    public const string Omar = "person-omar";

    public const string HansWork = "hans.mueller@contoso.com";
    public const string HansPrivate = "hans@mueller.example";
    public const string JaneMail = "jane.doe@gmail.com";
    public const string OmarMail = "omar@fabrikam.example";
    public const string Stranger = "someone@elsewhere.example";

    private static readonly Dictionary<string, string[]> ByAddress = new(StringComparer.Ordinal)
    {
        [HansWork] = [Hans],
        [HansPrivate] = [Hans],
        [JaneMail] = [Jane],
        [OmarMail] = [Omar],
    };

    public static IReadOnlyList<string> Lookup(string address) => ByAddress.GetValueOrDefault(address) ?? [];
}
