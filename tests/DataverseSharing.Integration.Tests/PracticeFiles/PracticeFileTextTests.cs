using System.Text;
using DataverseSharing.Integration.PracticeFiles;

namespace DataverseSharing.Integration.Tests.PracticeFiles;

public sealed class PracticeFileTextTests : IDisposable
{
    private const string Csv = "key,title,topic\r\nK-1,Café pricing ☕ 𝄞,Pricing\r\n";
    private const string Json = "[\n  { \"key\": \"K-1\", \"title\": \"Café pricing ☕ 𝄞\", \"topic\": \"Pricing\" }\n]\n";
    private readonly PracticeFileScratch files = new();

    public void Dispose() => files.Dispose();

    public static TheoryData<string, byte[], string> NotUtf8 => new()
    {
        // Latin-1 (Windows-1252) "Café": 0xE9 starts a three-byte sequence that never continues.
        { "latin1.csv", Latin1("key,title,topic\r\nK-1,Café pricing,Pricing\r\n"), "latin1.csv:2: byte 0xE9 at column 8 is not valid UTF-8" },
        { "latin1.json", Latin1("[\n  { \"key\": \"K-1\",\n    \"title\": \"Café\", \"topic\": \"Pricing\" }\n]"), "latin1.json:3: byte 0xE9 at column 18 is not valid UTF-8" },
        // The line counts the lines inside the quoted value of the record before it.
        { "after-quoted.csv", Concat("key,title,topic,body\nK-1,T,Closing,\"one\ntwo\r\nthree\"\nK-2,", new byte[] { 0xFF }, ",Closing\n"), "after-quoted.csv:5: byte 0xFF at column 5 is not valid UTF-8" },
        { "cr-lines.csv", Concat("key,title,topic\rK-1,T,Closing\rK-2,", new byte[] { 0x80 }, ",Closing\r"), "cr-lines.csv:3: byte 0x80 at column 5" },
        { "truncated.csv", Concat("key,title,topic\nK-1,T,Closing €", new byte[] { 0xE2, 0x82 }), "truncated.csv:2: byte 0xE2 at column 16" },
        { "overlong.csv", Concat("key,title,topic\nK-1,", new byte[] { 0xC0, 0xAF }, ",Closing\n"), "overlong.csv:2: byte 0xC0 at column 5" },
        { "surrogate.csv", Concat("key,title,topic\nK-1,", new byte[] { 0xED, 0xA0, 0x80 }, ",Closing\n"), "surrogate.csv:2: byte 0xED at column 5" },
    };

    [Theory]
    [MemberData(nameof(NotUtf8))]
    public void Read_BytesThatAreNotUtf8_AreRefusedNamingLineAndColumn(string name, byte[] content, string expected)
    {
        var refused = Assert.Throws<PracticeFileException>(() => files.ReadBytes(name, content));

        Assert.StartsWith(expected, refused.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", refused.Error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bom.csv", Csv)]
    [InlineData("bom.json", Json)]
    public void Read_Utf8WithByteOrderMark_IsRead(string name, string content)
    {
        var (valid, errors) = files.ReadBytes(name, new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(content)).ToArray());

        Assert.Empty(errors);
        Assert.Equal("Café pricing ☕ 𝄞", Assert.Single(valid).Practice.Title);
    }

    [Theory]
    [InlineData("le.csv", Csv, "utf-16")]
    [InlineData("be.csv", Csv, "utf-16BE")]
    [InlineData("le.json", Json, "utf-16")]
    [InlineData("be.json", Json, "utf-16BE")]
    [InlineData("le32.csv", Csv, "utf-32")]
    [InlineData("be32.json", Json, "utf-32BE")]
    public void Read_Utf16OrUtf32WithByteOrderMark_IsRead(string name, string content, string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);

        var (valid, errors) = files.ReadBytes(name, encoding.GetPreamble().Concat(encoding.GetBytes(content)).ToArray());

        Assert.Empty(errors);
        Assert.Equal("Café pricing ☕ 𝄞", Assert.Single(valid).Practice.Title);
    }

    [Fact]
    public void Read_Utf16WithAnUnpairedSurrogate_IsRefusedNamingTheLine()
    {
        var encoding = new UnicodeEncoding(false, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("key,title,topic\nK-1,")).Concat(new byte[] { 0x00, 0xD8 }).Concat(encoding.GetBytes(",Closing\n")).ToArray();

        var refused = Assert.Throws<PracticeFileException>(() => files.ReadBytes("lone.csv", bytes));

        Assert.StartsWith("lone.csv:2:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-16", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf32WithACodeBeyondUnicode_IsRefusedNamingTheLine()
    {
        var encoding = new UTF32Encoding(false, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("key,title,topic\nK-1,")).Concat(new byte[] { 0x00, 0x00, 0x11, 0x00 }).Concat(encoding.GetBytes(",Closing\n")).ToArray();

        var refused = Assert.Throws<PracticeFileException>(() => files.ReadBytes("wide.csv", bytes));

        Assert.StartsWith("wide.csv:2:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-32", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nul.csv")]
    [InlineData("nul.json")]
    public void Read_Utf16WithoutByteOrderMark_IsRefusedForItsNulCharacters(string name)
    {
        var (content, line) = name.EndsWith(".csv", StringComparison.Ordinal) ? (Csv, 1) : (Json, 1);

        var refused = Assert.Throws<PracticeFileException>(() => files.ReadBytes(name, Encoding.Unicode.GetBytes(content)));

        Assert.StartsWith($"{name}:{line}:", refused.Message, StringComparison.Ordinal);
        Assert.Contains("NUL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NulByteInUtf8_IsRefusedNamingLineAndColumn()
    {
        var refused = Assert.Throws<PracticeFileException>(() => files.Read("nul.csv", "key,title,topic\nK-1,T\0,Closing\n"));

        Assert.StartsWith("nul.csv:2: a NUL character at column 6", refused.Message, StringComparison.Ordinal);
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    private static byte[] Concat(string before, byte[] bad, string after = "") =>
        Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();
}
