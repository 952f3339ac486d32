using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Tests.Text;

public sealed class PorterStemmerTests
{
    // Pairs from Porter's paper and the reference vocabulary/output lists.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("ties", "ti")]
    [InlineData("caress", "caress")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("bled", "bled")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("tanned", "tan")]
    [InlineData("falling", "fall")]
    [InlineData("hissing", "hiss")]
    [InlineData("fizzed", "fizz")]
    [InlineData("failing", "fail")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("valenci", "valenc")]
    [InlineData("hesitanci", "hesit")]
    [InlineData("digitizer", "digit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("goodness", "good")]
    [InlineData("adjustable", "adjust")]
    [InlineData("replacement", "replac")]
    [InlineData("adoption", "adopt")]
    [InlineData("effective", "effect")]
    [InlineData("negotiation", "negoti")]
    [InlineData("negotiating", "negoti")]
    [InlineData("pricing", "price")]
    [InlineData("procurement", "procur")]
    public void Stem_KnownWord_MatchesReferenceOutput(string word, string expected)
    {
        Assert.Equal(expected, new PorterStemmer().Stem(word));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("is")]
    [InlineData("переговоры")]
    [InlineData("Pricing")]
    [InlineData("roi2025")]
    public void Stem_ShortOrNonLowerAscii_ReturnsInputUnchanged(string word)
    {
        Assert.Same(word, new PorterStemmer().Stem(word));
    }

    [Fact]
    public void Stem_ReusedInstance_GivesSameResultsAsFreshOnes()
    {
        var stemmer = new PorterStemmer();
        var longWord = new string('a', 200) + "ational";

        Assert.Equal("negoti", stemmer.Stem("negotiations"));
        Assert.Equal(new PorterStemmer().Stem(longWord), stemmer.Stem(longWord));
        Assert.Equal("price", stemmer.Stem("pricing"));
    }
}
