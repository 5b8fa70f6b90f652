using Extractor.Core.Model;

namespace Extractor.Core.Output;

/// <summary>Writes records as they come, in the order given; <see cref="Complete"/> closes the document.</summary>
public interface IRecordWriter : IDisposable
{
    void Write(Record record);

    void Complete();
}
