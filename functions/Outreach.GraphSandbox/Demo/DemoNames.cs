namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// Material for a fictional network: names from many languages (diacritics included, as real exports
/// have them), fictional companies (some with commas, which CSV must quote), and job titles.
/// </summary>
internal static class DemoNames
{
    /// <summary>First and last names by language area, so that most people get a plausible pair.</summary>
    public static readonly (string[] First, string[] Last)[] Cultures =
    [
        (["Anna", "Lukas", "Sophie", "Jonas", "Mia", "Leon", "Hannah", "Felix", "Jürgen", "Zoë", "Katrin", "Matthias"],
            ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter", "Groß"]),
        (["Emma", "Oliver", "Charlotte", "James", "Amelia", "Harry", "Grace", "William", "Isla", "Thomas", "Chloe"],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Smith-Jones"]),
        (["Camille", "Étienne", "Léa", "Hugo", "Chloé", "Mathéo", "Margaux", "Antoine"],
            ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard"]),
        (["José", "María", "Alejandro", "Lucía", "Sofía", "Javier", "Carmen"],
            ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez"]),
        (["Giulia", "Marco", "Francesca", "Matteo", "Alessandro", "Chiara"],
            ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"]),
        (["Sanne", "Daan", "Femke", "Bram", "Lotte"],
            ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser"]),
        (["Łukasz", "Agnieszka", "Małgorzata", "Piotr", "Katarzyna"],
            ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Zieliński"]),
        (["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep"],
            ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"]),
        (["Priya", "Arjun", "Ananya", "Rohan", "Vikram", "Divya"],
            ["Sharma", "Patel", "Iyer", "Reddy", "Gupta", "Nair"]),
        (["Wei", "Xiaoling", "Jun", "Mei", "Hao"],
            ["Wang", "Li", "Zhang", "Chen", "Liu"]),
        (["Yuki", "Haruto", "Sakura", "Ren", "Aoi"],
            ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe"]),
        (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"],
            ["Kim", "Lee", "Park", "Choi"]),
        (["Chidi", "Ngozi", "Oluwaseun", "Amara", "Emeka"],
            ["Okafor", "Adeyemi", "Nwosu", "Eze", "Balogun"]),
        (["João", "Beatriz", "Thiago", "Larissa", "Gabriel"],
            ["Silva", "Santos", "Oliveira", "Souza", "Pereira"]),
        (["Astrid", "Erik", "Ingrid", "Sven", "Björn", "Sören"],
            ["Andersson", "Johansson", "Nilsson", "Lindqvist", "Berg"]),
        (["Siobhán", "Niamh", "Ciarán", "Aoife", "Seán"],
            ["O'Brien", "Murphy", "Ní Bhriain", "Mac Giolla", "Kelly"]),
        (["Olga", "Dmitri", "Natalia", "Sergei"],
            ["Ivanova", "Petrov", "Smirnova", "Volkov"]),
        (["Fatima", "Omar", "Layla", "Yusuf"],
            ["Haddad", "Khalil", "Mansour", "Nasser"]),
        (["Noa", "Eitan", "Tamar", "Yonatan"],
            ["Cohen", "Levi", "Mizrahi", "Peretz"]),
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
