namespace Outreach.Review;

/// <summary>People counted as written in the period, each once, by how.</summary>
public sealed record WrittenFigures(int Total, int Mail, int LinkedIn, int Elsewhere);
