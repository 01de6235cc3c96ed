/* isPlainJSON(v, depth) is whether v serializes to itself through the jsii
   kernel's serializer of "any" values: a string, a boolean, a number, or an
   array (of Array.prototype, without holes) or an object (of
   Object.prototype, without symbols, with only enumerable data properties,
   no own "__proto__") of plain JSON values, at most 100 levels deep. null
   and undefined are not: that serializer drops them. */
function isPlainJSON(v, depth) {
  if (typeof v === "string" || typeof v === "boolean" || typeof v === "number") return true;
  if (typeof v !== "object" || v === null || depth > 100) return false;
  if (Array.isArray(v)) {
    if (Object.getPrototypeOf(v) !== Array.prototype) return false;
    for (let i = 0; i < v.length; i++) {
      if (!(i in v) || !isPlainJSON(v[i], depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(v) !== Object.prototype || Object.getOwnPropertySymbols(v).length > 0) return false;
  const properties = Object.getOwnPropertyDescriptors(v);
  for (const key in properties) {
    const p = properties[key];
    if (key === "__proto__" || !p.enumerable || !("value" in p) || !isPlainJSON(p.value, depth + 1)) return false;
  }
  return true;
}
