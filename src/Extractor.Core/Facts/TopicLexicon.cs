using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Lexicons;

namespace Extractor.Core.Facts;

/// <summary>
/// A topic lexicon (SPEC §6): labels in order, each with terms that match whole words,
/// case-insensitively, a trailing <c>*</c> matching any word ending.
/// </summary>
public sealed class TopicLexicon
{
    private readonly (string Label, Regex Pattern, SearchValues<string>? Needs)[] _topics;

    private TopicLexicon((string Label, Regex Pattern, SearchValues<string>? Needs)[] topics)
    {
        _topics = topics;
        Labels = Array.AsReadOnly(topics.Select(t => t.Label).ToArray());
    }

    /// <summary>The labels, in lexicon order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The labels whose terms occur in <paramref name="text"/>, in lexicon order.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        // A topic's regex runs only on text holding the first word of one of its terms, compared case-blind (ordinal),
        // which finds all that lower-casing the text found. Lower-casing makes ASCII of two other characters, the Kelvin
        // sign ('k', which the regex also takes as equal) and the dotted capital I: text holding either, or the long s
        // (the regex's 's'), runs every regex.
        var check = text.AsSpan().IndexOfAny('\u017F', '\u212A', '\u0130') < 0;
        foreach (var (label, pattern, needs) in _topics)
        {
            // Every match starts with such a word, so the regex starts from the first of them (its lookbehind still
            // sees the character before).
            var start = 0;
            if (check && needs is not null && (start = text.AsSpan().IndexOfAny(needs)) < 0)
            {
                continue;
            }

            if (pattern.IsMatch(text, start))
            {
                found.Add(label);
            }
        }

        return found;
    }

    /// <summary>Parses a lexicon file's JSON; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TopicLexicon Parse(string json)
    {
        TopicsFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, LexiconJsonContext.Default.TopicsFile);
        }
        catch (JsonException e)
        {
            throw new FormatException(e.Message.Contains("missing required", StringComparison.Ordinal) || e.Message.Contains("could not be", StringComparison.Ordinal)
                ? $"expected an object with a \"topics\" array of labels and terms ({e.Path})"
                // The reader's own text is .NET wording, at times over lines; the place is what helps.
                : e.LineNumber is { } line && e.BytePositionInLine is { } column
                    ? string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {line + 1}, column {column + 1}")
                    : "not valid JSON", e);
        }

        return From(file ?? throw new FormatException("expected an object with a \"topics\" array"));
    }

    /// <summary>Builds the lexicon of a topic file; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static TopicLexicon From(TopicsFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var result = new List<(string, Regex, SearchValues<string>?)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var topic in file.Topics)
        {
            index++;
            if (string.IsNullOrWhiteSpace(topic.Label))
            {
                throw new FormatException($"topic {index} has no \"label\" string");
            }

            var name = topic.Label.Trim();
            if (!seen.Add(name))
            {
                throw new FormatException($"topic label \"{name}\" is given twice");
            }

            var alternatives = new List<string>();
            List<string>? needs = [];
            foreach (var term in topic.Terms)
            {
                var t = term.Trim();
                if (t.Length == 0 || t == "*")
                {
                    throw new FormatException($"topic \"{name}\" has an empty term");
                }

                alternatives.Add(TermPattern(t));
                var first = FirstWord(t);
                needs = first is null || needs is null ? null : [.. needs, first];
            }

            if (alternatives.Count == 0)
            {
                throw new FormatException($"topic \"{name}\" has no terms");
            }

            var pattern = new Regex(
                $@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
            // One vectorised search for all the first words, in any case, not one search of the lower-cased text per word.
            result.Add((name, pattern, needs is null ? null : SearchValues.Create(needs.Distinct(StringComparer.Ordinal).ToArray(), StringComparison.OrdinalIgnoreCase)));
        }

        return new TopicLexicon([.. result]);
    }

    // The first word of a term in lower case, which every match of the term holds; null when it is not plain ASCII,
    // where lower-casing and the regex's case-insensitive matching may disagree.
    private static string? FirstWord(string term)
    {
        var words = term.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 || !Ascii.IsValid(words[0]) ? null : words[0].ToLowerInvariant();
    }

    // A term is words separated by spaces; a trailing * matches any word ending ("denucleari*").
    private static string TermPattern(string term)
    {
        var wildcard = term.EndsWith('*');
        var words = term.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        var body = string.Join(@"[\s\-]+", words);
        return wildcard ? body + @"[\p{L}\p{N}\-]*" : body;
    }
}
