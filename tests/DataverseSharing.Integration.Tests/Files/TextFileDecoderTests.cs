using System.Text;
using DataverseSharing.Integration.Files;

namespace DataverseSharing.Integration.Tests.Files;

public sealed class TextFileDecoderTests
{
    [Fact]
    public void TryDecode_Utf8WithByteOrderMark_GivesTheTextWithoutIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Café 東京 🚀")).ToArray();

        Assert.True(TextFileDecoder.TryDecode(bytes, out var text, out _, out _));
        Assert.Equal("Café 東京 🚀", text);
    }

    [Fact]
    public void TryDecode_Latin1_NamesTheLineAndTheColumn()
    {
        var bytes = Encoding.Latin1.GetBytes("line one\nline two\nCaf\u00e9 pricing\n");

        Assert.False(TextFileDecoder.TryDecode(bytes, out _, out var line, out var problem));
        Assert.Equal(3, line);
        Assert.StartsWith("byte 0xE9 at column 4 is not valid UTF-8", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xC0, 0x80, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xED, 0xA0, 0x80, 0x7D })]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0x0A, 0xE2, 0x82 })]
    public void TryDecode_OverlongSurrogateOrCutOffCharacter_IsRefused(byte[] bytes)
    {
        Assert.False(TextFileDecoder.TryDecode(bytes, out var text, out var line, out var problem));
        Assert.Equal(string.Empty, text);
        Assert.Equal(bytes[0] == 0x61 ? 3 : 1, line);
        Assert.Contains("not valid UTF-8", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_Utf16WithoutItsMark_IsRefusedAtTheNul()
    {
        Assert.False(TextFileDecoder.TryDecode(Encoding.Unicode.GetBytes("{}"), out _, out var line, out var problem));
        Assert.Equal(1, line);
        Assert.StartsWith("a NUL character at column 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDecode_Empty_IsEmptyText()
    {
        Assert.True(TextFileDecoder.TryDecode(ReadOnlySpan<byte>.Empty, out var text, out _, out _));
        Assert.Equal(string.Empty, text);
    }
}
