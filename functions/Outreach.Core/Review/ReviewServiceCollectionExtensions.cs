using Microsoft.Extensions.DependencyInjection;

namespace Outreach.Review;

public static class ReviewServiceCollectionExtensions
{
    /// <summary>The year in review: <see cref="ReviewService"/> (the aggregates are kept by the ledger).</summary>
    public static IServiceCollection AddReview(this IServiceCollection services)
        => services.AddSingleton<ReviewService>();
}
