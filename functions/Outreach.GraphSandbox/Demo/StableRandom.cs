using System.Text;

namespace Outreach.GraphSandbox.Demo;

/// <summary>
/// A number in [0, 1) from a seed and some text, the same on every run and machine (unlike
/// <see cref="string.GetHashCode()"/>): the demo's choices depend on the seed only.
/// </summary>
internal static class StableRandom
{
    public static double Unit(int seed, string text)
    {
        // FNV-1a, 64 bit.
        var hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        // Fold the high bits in so that short inputs still spread over the range.
        hash ^= hash >> 29;
        return (hash >> 11) / (double)(1UL << 53);
    }
}
