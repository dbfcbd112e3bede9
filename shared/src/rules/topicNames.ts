// The Danish name of a topic key, as the library's topics hold it (the key itself for a topic the library lacks).
export { namerByKey as topicNamer } from './keyNames';
