namespace Extractor.Core.Model;

/// <summary>The kind of page: a browser's text dump or HTML source (SPEC §1).</summary>
public enum InputFormat
{
    Text,
    Html,
}
