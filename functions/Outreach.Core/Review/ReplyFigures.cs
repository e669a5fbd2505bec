namespace Outreach.Review;

/// <param name="People">People written in the period whose first reply arrived by the period's end.</param>
/// <param name="Rate"><paramref name="People"/> ÷ people written in the period (0 when none), to three decimals.</param>
/// <param name="MedianHoursToReply">From the mail that counted to their first reply, to one decimal; null when none.</param>
/// <param name="AwaitingAnswer">Replies waiting for the user's answer today.</param>
public sealed record ReplyFigures(int People, double Rate, double? MedianHoursToReply, int AwaitingAnswer);
