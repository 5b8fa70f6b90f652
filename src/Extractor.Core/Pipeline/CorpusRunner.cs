using Extractor.Core.Input;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Runs the pipeline over many pages with up to <c>Jobs</c> in flight and yields the results in
/// input order as soon as each is at the head of the line, so memory stays bounded however many
/// pages there are.
/// </summary>
public sealed class CorpusRunner(ExtractionPipeline pipeline, int jobs)
{
    public IEnumerable<PageResult> Run(IEnumerable<PageInput> inputs, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var window = Math.Max(1, jobs) * 4;
        var inFlight = new Queue<Task<PageResult>>();
        using var gate = new SemaphoreSlim(Math.Max(1, jobs));
        foreach (var input in inputs)
        {
            if (input.IsStandardInput || jobs <= 1)
            {
                // Standard input is read on this thread, after everything before it is out.
                while (inFlight.Count > 0)
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }

                yield return pipeline.Run(input, standardInput);
                continue;
            }

            inFlight.Enqueue(Task.Run(async () =>
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    return pipeline.Run(input);
                }
                finally
                {
                    gate.Release();
                }
            }));
            while (inFlight.Count >= window || (inFlight.Count > 0 && inFlight.Peek().IsCompleted))
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (inFlight.Count > 0)
        {
            yield return inFlight.Dequeue().GetAwaiter().GetResult();
        }
    }
}
