// opencc-js ships its dictionaries as plain modules with a default-exported string, without typings.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
