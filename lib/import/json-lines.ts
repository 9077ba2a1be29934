/** Keys under which a data·inclusion file holds its record lists. */
const RECORD_KEYS = new Set(['structures', 'services', 'items', 'data']);

export interface RecordLines {
  /** Line (1-based) of each element of the root array, or of each list under RECORD_KEYS. */
  root: number[];
  byKey: Map<string, number[]>;
}

/**
 * Where each record starts in a JSON text, so problems can name a line like in a CSV. One
 * linear scan; only the elements of the record lists are located.
 */
export function locateJsonRecords(text: string): RecordLines {
  const result: RecordLines = { root: [], byKey: new Map() };
  // Each open container: its kind and, for interesting arrays, where to push element lines.
  const stack: Array<{ array: boolean; lines?: number[] }> = [];
  let line = 1;
  let inString = false;
  let stringStart = 0;
  let lastString = '';
  let pendingKey = '';
  // The innermost container is a record list waiting for its next element.
  let awaiting = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (awaiting && !inString && c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 93) {
      stack[stack.length - 1].lines!.push(line);
      awaiting = false;
    }
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) {
        inString = false;
        if (stack.length === 1 && !stack[0].array && i - stringStart < 32) lastString = text.slice(stringStart, i);
      }
      continue;
    }
    switch (c) {
      case 10:
        line++;
        break;
      case 34:
        inString = true;
        stringStart = i + 1;
        break;
      case 58 /* : */:
        pendingKey = lastString;
        break;
      case 44 /* , */:
        awaiting = Boolean(stack[stack.length - 1]?.lines);
        break;
      case 123 /* { */:
        stack.push({ array: false });
        break;
      case 91 /* [ */: {
        let lines: number[] | undefined;
        if (stack.length === 0) lines = result.root;
        else if (stack.length === 1 && !stack[0].array && RECORD_KEYS.has(pendingKey)) {
          lines = [];
          result.byKey.set(pendingKey, lines);
        }
        stack.push({ array: true, lines });
        awaiting = Boolean(lines);
        break;
      }
      case 125:
      case 93:
        // A list that closes at once (`"services": []`) no longer waits for a record.
        awaiting = false;
        stack.pop();
        break;
    }
  }
  return result;
}
