using System.Text;

namespace Outreach.Import;

/// <summary>
/// Repairs text that was UTF-8 but read as Windows-1252 once (<c>JosÃ©</c> for <c>José</c>), as LinkedIn's
/// messages.csv often has it. Text that does not turn back into valid UTF-8 is left as it is, so a real
/// <c>José</c> stays <c>José</c>.
/// </summary>
public static class MisdecodedText
{
    // Latin-1 as well: bytes Windows-1252 leaves undefined (0x81, 0x8D, ...) were read as C1 controls.
    private static readonly Encoding[] Misreadings =
    [
        CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!,
        Encoding.GetEncoding("iso-8859-1", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    ];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Repair(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.All(char.IsAscii))
        {
            return text;
        }

        foreach (var misreading in Misreadings)
        {
            try
            {
                return StrictUtf8.GetString(misreading.GetBytes(text));
            }
            catch (Exception ex) when (ex is EncoderFallbackException or DecoderFallbackException)
            {
                // Not this misreading: try the next, else the text was right.
            }
        }

        return text;
    }
}
