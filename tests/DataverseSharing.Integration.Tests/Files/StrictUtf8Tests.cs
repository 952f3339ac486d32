using System.Text;
using DataverseSharing.Integration.Files;

namespace DataverseSharing.Integration.Tests.Files;

public sealed class StrictUtf8Tests
{
    [Fact]
    public void TryDecode_Utf8WithByteOrderMark_GivesTheTextWithoutIt()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Café 東京 🚀")).ToArray();

        Assert.True(StrictUtf8.TryDecode("f.json", bytes, out var text, out _));
        Assert.Equal("Café 東京 🚀", text);
    }

    [Fact]
    public void TryDecode_Latin1_NamesTheLineAndTheByte()
    {
        var bytes = Encoding.Latin1.GetBytes("line one\nline two\nCaf\u00e9 pricing\n");

        Assert.False(StrictUtf8.TryDecode("f.json", bytes, out _, out var error));
        Assert.Equal("f.json:3: not valid UTF-8 (byte 0xE9 at byte 4 of the line); save the file as UTF-8.", error.ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0xC0, 0x80, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0xED, 0xA0, 0x80, 0x7D })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 })]
    public void TryDecode_OverlongSurrogateOrUtf16_IsRefused(byte[] bytes)
    {
        Assert.False(StrictUtf8.TryDecode("f.json", bytes, out _, out var error));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void TryDecode_EndsInsideACharacter_SaysSo()
    {
        Assert.False(StrictUtf8.TryDecode("f.json", new byte[] { 0x61, 0x0A, 0xE2, 0x82 }, out _, out var error));
        Assert.Equal("f.json:2: not valid UTF-8: the file ends inside a character; save it as UTF-8.", error.ToString());
    }

    [Fact]
    public void TryDecode_Empty_IsEmptyText()
    {
        Assert.True(StrictUtf8.TryDecode("f.json", ReadOnlySpan<byte>.Empty, out var text, out _));
        Assert.Equal(string.Empty, text);
    }
}
