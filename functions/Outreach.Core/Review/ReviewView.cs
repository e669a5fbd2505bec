namespace Outreach.Review;

/// <summary>The balance of a period: the body of <c>GET /api/review</c>, with exactly the names issue 11 lists.</summary>
public sealed record ReviewView(
    DateOnly From,
    DateOnly To,
    WrittenFigures Written,
    PeopleFigures People,
    ReplyFigures Replies,
    SilenceFigures Silence,
    NetworkFigures Network,
    TimePerMailFigures TimePerMail,
    IReadOnlyList<WeekFigures> Weeks,
    IReadOnlyList<Highlight> Highlights);
