namespace Outreach.Review;

/// <summary>Minutes from <i>Write</i> in the pane to the mail being sent (median, one decimal; null until known), and how many mails that is based on.</summary>
public sealed record TimePerMailFigures(double? MedianMinutes, int Mails);
