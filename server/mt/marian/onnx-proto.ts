/**
 * A minimal ONNX writer: just enough of the protobuf wire format and of onnx.proto (ModelProto,
 * GraphProto, NodeProto, TensorProto, ValueInfoProto) to build small test models in TypeScript,
 * without Python or an ONNX package. Field numbers are those of onnx/onnx.proto.
 */

type Field = Uint8Array;

function varint(value: number | bigint): number[] {
  let v = BigInt(value);
  if (v < 0n) v += 1n << 64n;
  const bytes: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (v > 0n);
  return bytes;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A varint field (wire type 0). */
export function intField(field: number, value: number | bigint): Field {
  return Uint8Array.from([...varint((field << 3) | 0), ...varint(value)]);
}

/** A length-delimited field (wire type 2): bytes, a string, or an embedded message. */
export function bytesField(field: number, value: Uint8Array | string): Field {
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return concat([Uint8Array.from([...varint((field << 3) | 2), ...varint(bytes.length)]), bytes]);
}

/** A packed repeated int64 field. */
export function packedInts(field: number, values: readonly number[]): Field {
  return bytesField(field, Uint8Array.from(values.flatMap((v) => varint(v))));
}

/** An embedded message from its fields. */
export function message(...fields: Field[]): Uint8Array {
  return concat(fields);
}

/** ONNX element types used here. */
export const FLOAT = 1;
/** int64 element type. */
export const INT64 = 7;

/** TensorProto with raw little-endian data. */
export function tensor(
  name: string,
  type: typeof FLOAT | typeof INT64,
  dims: number[],
  values: readonly number[],
): Uint8Array {
  const raw = new Uint8Array(values.length * (type === FLOAT ? 4 : 8));
  const view = new DataView(raw.buffer);
  values.forEach((v, i) =>
    type === FLOAT ? view.setFloat32(i * 4, v, true) : view.setBigInt64(i * 8, BigInt(v), true),
  );
  return message(packedInts(1, dims), intField(2, type), bytesField(8, name), bytesField(9, raw));
}

/** ValueInfoProto of a tensor; string dims are symbolic ("batch_size"). */
export function valueInfo(
  name: string,
  type: typeof FLOAT | typeof INT64,
  dims: (number | string)[],
): Uint8Array {
  const shape = message(
    ...dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : bytesField(2, d))),
  );
  const tensorType = message(intField(1, type), bytesField(2, shape));
  return message(bytesField(1, name), bytesField(2, message(bytesField(1, tensorType))));
}

/** NodeProto with integer attributes. */
export function node(
  op: string,
  inputs: string[],
  outputs: string[],
  attributes: Record<string, number> = {},
): Uint8Array {
  return message(
    ...inputs.map((i) => bytesField(1, i)),
    ...outputs.map((o) => bytesField(2, o)),
    bytesField(3, `${op}_${outputs[0]}`),
    bytesField(4, op),
    // AttributeProto: name (1), i (3), type (20) = INT (2).
    ...Object.entries(attributes).map(([name, value]) =>
      bytesField(5, message(bytesField(1, name), intField(3, value), intField(20, 2))),
    ),
  );
}

/** A whole ModelProto (IR version 8, default opset 13). */
export function model(graph: {
  name: string;
  nodes: Uint8Array[];
  initializers: Uint8Array[];
  inputs: Uint8Array[];
  outputs: Uint8Array[];
}): Uint8Array {
  const body = message(
    ...graph.nodes.map((n) => bytesField(1, n)),
    bytesField(2, graph.name),
    ...graph.initializers.map((t) => bytesField(5, t)),
    ...graph.inputs.map((v) => bytesField(11, v)),
    ...graph.outputs.map((v) => bytesField(12, v)),
  );
  return message(
    intField(1, 8),
    bytesField(2, 'letterbridge-tests'),
    bytesField(7, body),
    bytesField(8, message(bytesField(1, ''), intField(2, 13))),
  );
}
