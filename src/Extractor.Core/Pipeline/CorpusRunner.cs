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

    /// <summary>
    /// Young objects allocated since the last collection at a quiet point (no page in flight) that
    /// set off the next one there. Between pages almost nothing of the pipeline is alive, so such a
    /// collection frees nearly everything and copies nearly nothing, where one that the collector
    /// starts on its own budget (16 MB in the native build) falls mid-page and copies that page's
    /// source, tree and text. Measured on the native build, 181 HTML pages, --jobs 1 (wall, A/B of
    /// 16 paired runs): 1 MB 0.98, 2 MB 0.91, 4 MB 0.92, 6 MB 0.93, every page 1.05; peak memory
    /// 55 -> 43 MB. With several workers a page is nearly always in flight, so the collector's own
    /// budget decides as before (a per-thread trigger there measured 1.04-1.07 at --jobs 2).
    /// </summary>
    private const long QuietCollectBytes = 4L * 1024 * 1024;

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
        var busy = 0;
        var collectedAt = GC.GetTotalAllocatedBytes();
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
                    Interlocked.Increment(ref busy);
                    PageResult result;
                    try
                    {
                        result = pipeline.Run(input, input.IsStandardInput ? standardInput : null);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref busy);
                    }

                    if (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore > HeavyPageBytes)
                    {
                        ReleaseHeavyPage();
                    }
                    else if (Volatile.Read(ref busy) == 0 && GC.GetTotalAllocatedBytes() - Interlocked.Read(ref collectedAt) > QuietCollectBytes)
                    {
                        // A quiet point: no page in flight (see QuietCollectBytes).
                        GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: false);
                        Interlocked.Exchange(ref collectedAt, GC.GetTotalAllocatedBytes());
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
