using System.Collections.Concurrent;
using Extractor.Core.Input;

namespace Extractor.Core.Pipeline;

/// <summary>
/// Runs the pipeline over many pages with up to <c>jobs</c> in flight and yields the results in
/// input order as soon as each is at the head of the line, so memory stays bounded however many
/// pages there are and the output never depends on <c>jobs</c>.
/// </summary>
/// <remarks>
/// Pages run on dedicated worker threads with a large stack rather than on the thread pool: HTML
/// parsers and tree walks recurse per element level, and a stack overflow cannot be caught, so
/// the workers get room well beyond what the reader's nesting guard lets through.
/// </remarks>
public sealed class CorpusRunner(ExtractionPipeline pipeline, int jobs)
{
    /// <summary>Stack reserved per worker thread; memory is committed only as it is used.</summary>
    public const int WorkerStackBytes = 64 * 1024 * 1024;

    /// <summary>
    /// A page whose processing allocated more than this (a page of several MB, a huge inline
    /// attribute) leaves large strings on the large-object heap, which the collector otherwise
    /// frees only when its budget runs out: a run of such pages held 350-530 MB where one of them
    /// alone needs 40-160 MB. Ordinary pages allocate a few MB and never reach it.
    /// </summary>
    private const long HeavyPageBytes = 128L * 1024 * 1024;

    private static void ReleaseHeavyPage()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    public IEnumerable<PageResult> Run(IEnumerable<PageInput> inputs, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(pipeline);
        var workers = Math.Max(1, jobs);
        var window = workers * 4;
        var stopped = false;
        var inFlight = new Queue<Task<PageResult>>();
        using var work = new BlockingCollection<(PageInput Input, TaskCompletionSource<PageResult> Done)>(window);
        // Workers start as pages come, so a run never has more workers than pages in flight
        // (-j 1000 on four pages starts four threads).
        var threads = new List<Thread>();
        void Add((PageInput Input, TaskCompletionSource<PageResult> Done) item)
        {
            if (threads.Count < workers && threads.Count < inFlight.Count + 1)
            {
                var thread = new Thread(() => Work(work), WorkerStackBytes) { IsBackground = true, Name = $"extract worker {threads.Count}" };
                thread.Start();
                threads.Add(thread);
            }

            work.Add(item);
        }

        try
        {
            foreach (var input in inputs)
            {
                if (input.IsStandardInput)
                {
                    // Standard input is read after everything before it is out, by a worker like any page.
                    while (inFlight.Count > 0)
                    {
                        yield return inFlight.Dequeue().GetAwaiter().GetResult();
                    }

                    var stdin = new TaskCompletionSource<PageResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                    Add((input, stdin));
                    yield return stdin.Task.GetAwaiter().GetResult();
                    continue;
                }

                var done = new TaskCompletionSource<PageResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                Add((input, done));
                inFlight.Enqueue(done.Task);
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
        finally
        {
            // Left early (the output failed): the pages still queued are dropped, not processed.
            Volatile.Write(ref stopped, true);
            work.CompleteAdding();
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }

        void Work(BlockingCollection<(PageInput Input, TaskCompletionSource<PageResult> Done)> queue)
        {
            foreach (var (input, done) in queue.GetConsumingEnumerable())
            {
                if (Volatile.Read(ref stopped))
                {
                    done.SetCanceled();
                    continue;
                }

                try
                {
                    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                    var result = pipeline.Run(input, input.IsStandardInput ? standardInput : null);
                    if (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore > HeavyPageBytes)
                    {
                        ReleaseHeavyPage();
                    }

                    done.SetResult(result);
                }
#pragma warning disable CA1031 // Whatever escapes the pipeline goes to the reader of the results, never kills a worker.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    done.SetException(e);
                }
            }
        }
    }
}
