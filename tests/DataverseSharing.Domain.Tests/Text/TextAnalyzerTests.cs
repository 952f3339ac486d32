using DataverseSharing.Domain.Text;

namespace DataverseSharing.Domain.Tests.Text;

public sealed class TextAnalyzerTests
{
    [Fact]
    public void Analyze_EnglishSentence_DropsStopWordsAndStems()
    {
        var terms = new TextAnalyzer().Analyze("The procurement team is negotiating multi-year pricing.");

        Assert.Equal(["procur", "team", "negoti", "multi", "year", "price"], terms);
    }

    [Fact]
    public void Analyze_Apostrophe_IsSkippedInsideWord()
    {
        Assert.Equal(["custom", "budget"], new TextAnalyzer().Analyze("customer's budget"));
    }

    [Fact]
    public void Analyze_Japanese_EmitsCharacterBigrams()
    {
        Assert.Equal(["価格", "格交", "交渉"], new TextAnalyzer().Analyze("価格交渉"));
    }

    [Fact]
    public void Analyze_SingleKanjiBetweenLatin_EmitsTheCharacter()
    {
        Assert.Equal(["crm", "表", "dynam"], new TextAnalyzer().Analyze("CRM表dynamics"));
    }

    [Fact]
    public void Analyze_GreekAndCyrillic_LowerCasesWholeWords()
    {
        var terms = new TextAnalyzer().Analyze("Διαπραγμάτευση ΤΙΜΗΣ; Переговоры о ЦЕНЕ");

        Assert.Equal(["διαπραγματευση", "τιμησ", "переговоры", "о", "цене"], terms);
    }

    [Fact]
    public void Analyze_AccentedLetters_FoldToBaseLetters()
    {
        var analyzer = new TextAnalyzer();

        Assert.Equal(analyzer.Analyze("ΤΙΜΗΣ Nestle"), analyzer.Analyze("τιμής Nestlé"));
    }

    [Fact]
    public void Analyze_OverlongToken_IsDropped()
    {
        var terms = new TextAnalyzer().Analyze("pilot " + new string('z', 500) + " budget");

        Assert.Equal(["pilot", "budget"], terms);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ,;!?  ")]
    public void Analyze_NothingToIndex_ReturnsEmpty(string? text)
    {
        Assert.Empty(new TextAnalyzer().Analyze(text));
    }

    [Fact]
    public void Analyze_OneMegabyte_ReadsOnlyTheBoundedPrefix()
    {
        var text = string.Concat(Enumerable.Repeat("pilot budget ", 80_000));

        var terms = new TextAnalyzer().Analyze(text);

        Assert.InRange(terms.Count, 1, TextAnalyzer.DefaultMaxCharacters / 2);
    }

    [Fact]
    public void Analyze_WithSurfaces_ReturnsOriginalWordPerTerm()
    {
        var terms = new List<string>();
        var surfaces = new List<string>();

        new TextAnalyzer().Analyze("Procurement wants pricing", terms, surfaces);

        Assert.Equal(["procur", "want", "price"], terms);
        Assert.Equal(["procurement", "wants", "pricing"], surfaces);
    }

    [Theory]
    [InlineData("internally", "international")]
    [InlineData("business", "busy")]
    [InlineData("news", "new")]
    [InlineData("university", "universal")]
    [InlineData("executive", "execution")]
    public void Analyze_WordsPorterRunsTogether_StayApart(string word, string other)
    {
        var analyzer = new TextAnalyzer();

        Assert.NotEqual(analyzer.Analyze(word), analyzer.Analyze(other));
    }

    [Fact]
    public void Analyze_OverriddenWord_KeepsItsPluralTogether()
    {
        var analyzer = new TextAnalyzer();

        Assert.Equal(analyzer.Analyze("universities"), analyzer.Analyze("university"));
    }
}
