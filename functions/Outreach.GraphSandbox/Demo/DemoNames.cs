namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// Material for a fictional network: names from many languages (diacritics included, as real exports
/// have them), fictional companies (some with commas, which CSV must quote), and job titles.
/// </summary>
internal static class DemoNames
{
    public static readonly string[] FirstNames =
    [
        "Anna", "Lukas", "Sophie", "Jonas", "Mia", "Leon", "Hannah", "Felix", "Zoë", "Jürgen", "Björn", "Sören",
        "Emma", "Oliver", "Charlotte", "James", "Amelia", "Harry", "Grace", "William", "Isla", "Thomas",
        "Camille", "Étienne", "Léa", "Hugo", "Chloé", "Mathéo", "José", "María", "Alejandro", "Lucía", "Sofía",
        "Giulia", "Marco", "Francesca", "Matteo", "Sanne", "Daan", "Femke", "Łukasz", "Agnieszka", "Małgorzata",
        "Piotr", "Ayşe", "Mehmet", "Elif", "Emre", "Priya", "Arjun", "Ananya", "Rohan", "Wei", "Xiaoling", "Jun",
        "Mei", "Yuki", "Haruto", "Sakura", "Min-jun", "Seo-yeon", "Chidi", "Ngozi", "Oluwaseun", "Amara",
        "João", "Beatriz", "Thiago", "Larissa", "Astrid", "Erik", "Ingrid", "Sven", "Siobhán", "Niamh", "Ciarán",
        "Olga", "Dmitri", "Fatima", "Omar", "Layla", "Yusuf", "Noa", "Eitan", "Aroha", "Kai",
    ];

    public static readonly string[] LastNames =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter",
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "García", "Fernández", "López", "Martínez", "Sánchez",
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "de Vries", "van den Berg", "Jansen", "Bakker",
        "Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Yılmaz", "Kaya", "Demir", "Şahin", "Sharma", "Patel",
        "Iyer", "Reddy", "Wang", "Li", "Zhang", "Chen", "Liu", "Sato", "Suzuki", "Takahashi", "Kim", "Lee", "Park",
        "Okafor", "Adeyemi", "Nwosu", "Silva", "Santos", "Oliveira", "Andersson", "Johansson", "Nilsson",
        "O'Brien", "Ní Bhriain", "Murphy", "Ivanova", "Petrov", "Haddad", "Khalil", "Cohen", "Levi", "Ngata",
        "Mac Giolla", "Smith-Jones",
    ];

    public static readonly string[] Companies =
    [
        "Contoso", "Fabrikam", "Northwind Traders", "Adventure Works", "Tailspin Toys", "Woodgrove Bank", "Litware",
        "Proseware", "Wide World Importers", "Alpine Ski House", "Coho Winery", "Fourth Coffee", "Lamna Healthcare",
        "Margie's Travel", "Trey Research", "Blue Yonder Airlines", "Humongous Insurance", "Relecloud", "VanArsdel",
        "Wingtip Toys", "A. Datum Corporation", "Consolidated Messenger", "Bellows College", "Graphic Design Institute",
        "Southridge Video", "City Power & Light", "Lucerne Publishing", "Munson's Pickles and Preserves Farm",
        "Smith, Jones & Partners", "Acme, Inc.", "Goodby Silverstein", "Nod Publishers", "Best For You Organics",
        "Liberty's Delightful Sinful Bakery & Cafe", "Olympia Fitness", "Fabrikam Residences", "School of Fine Art",
        "Self-employed", "Freelance",
    ];

    public static readonly string[] Positions =
    [
        "Software Engineer", "Senior Software Engineer", "Engineering Manager", "Product Manager", "Head of Product",
        "UX Designer", "Creative Director", "Art Director", "Copywriter", "Account Director", "Marketing Manager",
        "CMO", "CTO", "CEO & Founder", "Co-Founder", "Data Scientist", "Research Scientist", "Professor",
        "PhD Candidate", "Consultant", "Senior Consultant, Strategy", "Partner", "Recruiter", "Talent Acquisition Lead",
        "Sales Director", "Business Development Manager", "Project Manager", "Scrum Master", "Brand Strategist",
        "Photographer", "Journalist", "Editor-in-Chief", "Architect", "Nurse", "Chief of Staff", "Operations Lead",
        "Financial Analyst", "Investor", "Board Member", "Teacher",
    ];

    /// <summary>Domains for private addresses; fictional so that no demo mail could ever reach anyone.</summary>
    public static readonly string[] MailProviders = ["post.example", "mail.example", "inbox.example", "web.example"];
}
