import Foundation
import VanbanData

/// A list read on a thread of its own while the records before render: on two cores the
/// second reads and checks the list (about half the work of a long danh sách) as the first
/// fills the document or the batch's files. Records pass in batches through a queue of at most
/// ``queueLength`` batches, so memory stays bounded; they come out in order; the first error
/// ends the walk and is kept (``failure``). A walk let go before its end stops the thread
/// (``stop()``).
final class ReadAhead<Item>: @unchecked Sendable {
    /// Records per batch: enough that the lock is taken rarely. The first batches are smaller
    /// (``firstBatchSize``, doubling), so that rendering starts after a few records are read,
    /// not after the first 256.
    static var batchSize: Int { 256 }
    static var firstBatchSize: Int { 8 }
    static var queueLength: Int { 8 }

    private let produce: () throws(DataError) -> Item?
    private let condition = NSCondition()
    private var batches: [[Item]] = []
    private var finished = false
    private var stopped = false
    private var error: DataError?
    /// Batches rendered, handed back to be let go on the reading thread: freeing a record
    /// costs about what making it does, and the rendering thread is the busier one.
    private var rendered: [[Item]] = []

    /// Starts a thread calling `produce` until it returns `nil` or throws.
    init(_ produce: @escaping () throws(DataError) -> Item?) {
        self.produce = produce
        let thread = Thread { self.run() }
        thread.name = "vanban-doc-truoc"
        thread.start()
    }

    /// The next batch, waited for; `nil` after the last. `done`: the batch before, rendered,
    /// to be let go on the reading thread.
    func nextBatch(handingBack done: [Item]) -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        if !done.isEmpty, !finished { rendered.append(done) }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        condition.broadcast()
        return batches.removeFirst()
    }

    /// The error that ended the walk, once ``nextBatch()`` has returned `nil`.
    var failure: DataError? {
        condition.lock()
        defer { condition.unlock() }
        return error
    }

    /// Stops the reading thread (the walk is let go before its end).
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func run() {
        var size = Self.firstBatchSize
        var batch: [Item] = []
        batch.reserveCapacity(size)
        while true {
            var item: Item?
            var thrown: DataError?
            do {
                item = try produce()
            } catch {
                thrown = error
            }
            if item != nil {
                batch.append(item!)
                if batch.count < size { continue }
            }
            condition.lock()
            while batches.count >= Self.queueLength && !stopped { condition.wait() }
            var letGo: [[Item]] = []
            swap(&letGo, &rendered)
            if stopped {
                condition.unlock()
                return
            }
            if !batch.isEmpty { batches.append(batch) }
            if item == nil {
                finished = true
                error = thrown
            }
            condition.broadcast()
            condition.unlock()
            letGo.removeAll()
            if item == nil { return }
            size = min(size * 2, Self.batchSize)
            batch = []
            batch.reserveCapacity(size)
        }
    }
}

/// One walk over a ``ReadAhead``, record by record; letting it go stops the reading.
final class ReadAheadWalk<Item> {
    private let ahead: ReadAhead<Item>
    private var batch: [Item] = []
    private var position = 0

    init(_ ahead: ReadAhead<Item>) { self.ahead = ahead }

    deinit { ahead.stop() }

    /// The next record, or `nil` after the last (then ``ReadAhead/failure`` says why, if not the end).
    func next() -> Item? {
        if position == batch.count {
            var done: [Item] = []
            swap(&done, &batch)
            guard let next = ahead.nextBatch(handingBack: done) else { return nil }
            batch = next
            position = 0
        }
        position += 1
        return batch[position - 1]
    }

    var failure: DataError? { ahead.failure }
}
