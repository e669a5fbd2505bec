using Outreach.Review;

namespace Outreach.Functions.Review;

public sealed class ReviewFunctions(ApiRunner api, ReviewService review)
{
    [Function("GetReview")]
    public Task<IResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "review")] HttpRequest request)
        => api.RunAsync(request, async (user, ct) =>
            Results.Ok(await review.GetAsync(user, QueryValues.Text(request.Query, "from"), QueryValues.Text(request.Query, "to"), ct)));
}
