using Extractor.Core.Cleaning;
using Extractor.Core.Model;

namespace Extractor.Tests.Cleaning.Text;

/// <summary>Hard-wrapped dumps are joined into paragraphs; other dumps are read line by line as before.</summary>
public sealed class WrappedLinesTests
{
    private static CleanedPage Clean(string content) => new TextCleaner().Clean(new SourcePage("t", "t.txt", "00", InputFormat.Text, content, []));

    [Test]
    public void A_wrapped_wire_story_is_read_in_paragraphs()
    {
        const string page = "Suga and Trump hold first phone talks\n\n"
            + "TOKYO, Sept 20 (Reuters) - Japanese Prime Minister Yoshihide\n"
            + "Suga said he and U.S. President Donald Trump had held their\n"
            + "first telephone conversation on Sunday since Suga took over as\n"
            + "Japan's new leader.\n"
            + "Suga on Wednesday became Japan's first new leader in nearly\n"
            + "eight years, succeeding Shinzo Abe. Abe had forged\n"
            + "close ties with Trump, playing golf together and engaging in\n"
            + "frequent phone calls and meetings.\n";
        var text = string.Join("\n\n", Clean(page).Paragraphs);
        Assert.That(text, Does.Contain("Donald Trump had held their first telephone conversation on Sunday since Suga took over as Japan's new leader."));
    }

    [Test]
    public void Short_lines_of_a_menu_are_not_joined()
    {
        const string page = "Home\nWorld\nPolitics\n\nMinisters meet in Seoul\n\n"
            + "SEOUL -- The foreign ministers of South Korea and Japan met in Seoul on Monday to discuss the economy.\n\n"
            + "They agreed to meet again next year, the ministry said in a statement.\n";
        var cleaned = Clean(page);
        Assert.That(cleaned.Paragraphs, Has.None.Contains("Home World"));
    }
}
