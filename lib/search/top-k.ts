/** The k best values, kept in a small min-heap: no sort of thousands of candidates. */
export class TopK {
  private readonly heap: Array<{ doc: number; value: number }> = [];
  constructor(private readonly k: number) {}

  offer(doc: number, value: number) {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ doc, value });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heap[parent].value <= heap[i].value) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    } else if (this.k > 0 && value > heap[0].value) {
      heap[0] = { doc, value };
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && heap[left].value < heap[smallest].value) smallest = left;
        if (right < heap.length && heap[right].value < heap[smallest].value) smallest = right;
        if (smallest === i) break;
        [heap[smallest], heap[i]] = [heap[i], heap[smallest]];
        i = smallest;
      }
    }
  }

  /** The value a candidate must beat to enter (−∞ until k are kept). */
  floor(): number {
    return this.heap.length < this.k ? -Infinity : this.heap[0].value;
  }

  sorted() {
    return [...this.heap].sort((a, b) => b.value - a.value || a.doc - b.doc);
  }
}
