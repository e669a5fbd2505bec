using System.Text;

namespace Outreach.UnitTests.Import;

public sealed class GenericContactCsvTests
{
    private const string OutlookHeader =
        "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,E-mail Address,E-mail Display Name,E-mail 2 Address,E-mail 2 Display Name,E-mail 3 Address,E-mail 3 Display Name,"
        + "Home Phone,Business Phone,Mobile Phone,Company,Department,Job Title,Web Page,Notes";

    private const string GoogleHeader =
        "Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,"
        + "Phone 1 - Type,Phone 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value";

    private const string GermanOutlookHeader =
        "Anrede,Vorname,Weitere Vornamen,Nachname,Suffix,Firma,Abteilung,Position,Straße geschäftlich,Ort geschäftlich,Telefon geschäftlich,Mobiltelefon,"
        + "E-Mail-Adresse,E-Mail-Typ,E-Mail: Angezeigter Name,E-Mail 2: Adresse,E-Mail 2: Typ,E-Mail 2: Angezeigter Name,Notizen,Titel,Webseite";

    [Fact]
    public void ReaderMapsOutlookColumnsAndLeavesTitleOutOfPosition()
    {
        var text = OutlookHeader + "\n"
            + "Jane,Q.,Doe,Dr.,,,,,Jane@Example.com,Jane Doe (jane@example.com),jane.doe@work.example,Jane Doe (work),,,,,,Acme,Sales,Head of Sales,https://www.linkedin.com/in/janedoe/,\"Met at a conference,\nlikes chess\"\n"
            + "John,,Roe,Mr.,,,,,john@example.com,John Roe,,,,,,,,,,,https://johnroe.example.com,\n";

        var file = ContactCsv.Read(text);

        Assert.Equal(ContactFileFormat.Generic, file.Format);
        Assert.Equal(2, file.Rows.Count);
        var jane = file.Rows[0];
        Assert.Equal(("Jane", "Doe"), (jane.FirstName, jane.LastName));
        Assert.Equal(["jane@example.com", "jane.doe@work.example"], jane.Emails);
        Assert.Equal("Acme", jane.Company);
        Assert.Equal("Head of Sales", jane.Position);
        Assert.Equal("https://www.linkedin.com/in/janedoe", jane.ProfileUrl);
        Assert.Null(jane.ConnectedOn);
        var john = file.Rows[1];
        Assert.Equal(4, john.Line);
        Assert.Null(john.Position);
        Assert.Null(john.ProfileUrl);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderMapsGoogleColumnsAndSplitsSeveralAddressesInOneCell()
    {
        var text = GoogleHeader + "\n"
            + "Jane Doe,Jane,,Doe,,,,* myContacts,* Home,jane@example.com ::: jane@old.example,Work,jane@acme.example,,,,Acme,CTO,Profile,https://linkedin.com/in/janedoe\n"
            + "Ana María López,,,,,,,* myContacts,,ana@example.com,,,,,,,,,\n";

        var file = ContactCsv.Read(text);

        Assert.Equal(ContactFileFormat.Generic, file.Format);
        var jane = file.Rows[0];
        Assert.Equal(["jane@example.com", "jane@old.example", "jane@acme.example"], jane.Emails);
        Assert.Equal("Acme", jane.Company);
        Assert.Equal("CTO", jane.Position);
        Assert.Equal("https://www.linkedin.com/in/janedoe", jane.ProfileUrl);
        var ana = file.Rows[1];
        Assert.Equal(("Ana María", "López"), (ana.FirstName, ana.LastName));
    }

    [Fact]
    public void ReaderMapsGermanOutlookColumnsInWindows1252()
    {
        var text = GermanOutlookHeader + "\r\n"
            + "Herr,Jürgen,,Müller,,Bäckerei Groß GmbH,,Geschäftsführer,Hauptstraße 1,Köln,,,juergen@baeckerei.example,SMTP,Jürgen Müller (juergen@baeckerei.example),jm@privat.example,SMTP,,\"Notiz, mit Komma\",Dr.,\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var file = ContactCsv.Read(bytes);

        var row = Assert.Single(file.Rows);
        Assert.Equal(("Jürgen", "Müller"), (row.FirstName, row.LastName));
        Assert.Equal("Bäckerei Groß GmbH", row.Company);
        Assert.Equal("Geschäftsführer", row.Position);
        Assert.Equal(["juergen@baeckerei.example", "jm@privat.example"], row.Emails);
    }

    [Fact]
    public void ReaderReadsSemicolonSeparatedFileFromGermanExcel()
    {
        const string text = "Vorname;Nachname;E-Mail-Adresse;Firma\nJürgen;Müller;juergen@example.com;Müller, Meier & Co\n";

        var row = Assert.Single(ContactCsv.Read(text).Rows);

        Assert.Equal("Müller, Meier & Co", row.Company);
        Assert.Equal(["juergen@example.com"], row.Emails);
    }

    [Fact]
    public void ReaderMatchesHeaderNamesIgnoringCaseSpacesAndBom()
    {
        const string text = "\uFEFF  FIRST NAME , last name ,EMAIL\nJane,Doe,jane@example.com\n";

        var row = Assert.Single(ContactCsv.Read(text).Rows);

        Assert.Equal(("Jane", "Doe", "jane@example.com"), (row.FirstName, row.LastName, row.Emails[0]));
    }

    [Fact]
    public void ReaderSplitsFullNameAtLastSpaceOnlyWhenFirstAndLastAreMissing()
    {
        const string text = "Full Name,First Name,Last Name,Email\nMary Ann Smith,,,mary@example.com\nPrince,,,prince@example.com\nIgnored Full,Given,Family,g@example.com\n";

        var rows = ContactCsv.Read(text).Rows;

        Assert.Equal([("Mary Ann", "Smith"), ("Prince", null), ("Given", "Family")], rows.Select(r => (r.FirstName, r.LastName)));
    }

    [Fact]
    public void ReaderTakesOnlyLinkedInUrlsFromWebPageColumns()
    {
        const string text = "Name,Email,Web Page\nJane Doe,jane@example.com,https://janedoe.example.com\nJohn Roe,john@example.com,de.linkedin.com/in/johnroe\n";

        var file = ContactCsv.Read(text);

        Assert.Equal([null, "https://www.linkedin.com/in/johnroe"], file.Rows.Select(r => r.ProfileUrl));
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void ReaderKeepsRowWithOnlyAnEmailAddress()
    {
        var row = Assert.Single(ContactCsv.Read("Name,E-mail Address\n,Someone@Example.com\n").Rows);

        Assert.Null(row.FirstName);
        Assert.Equal("email:someone@example.com", row.IdentityKey);
    }

    [Fact]
    public void ReaderSkipsLeadingNonHeaderRecordsOfGenericFiles()
    {
        const string text = "Exported by CRM,2024-03-01\nsep=,\n\nName,Email\nJane Doe,jane@example.com\n";

        Assert.Equal(5, Assert.Single(ContactCsv.Read(text).Rows).Line);
    }
}
