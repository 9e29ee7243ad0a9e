import type { Field } from 'payload'

/** The field a query path such as `defaultDosage.pressure` names, through groups, tabs and rows. */
export const fieldAt = (fields: Field[], path: string): Field | undefined => {
  const [name, ...rest] = path.split('.')
  for (const field of fields) {
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field))
    ) {
      const found = fieldAt(field.fields, path)
      if (found) {
        return found
      }
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found =
          'name' in tab && tab.name
            ? tab.name === name && rest.length > 0
              ? fieldAt(tab.fields, rest.join('.'))
              : undefined
            : fieldAt(tab.fields, path)
        if (found) {
          return found
        }
      }
      continue
    }
    if (!('name' in field) || field.name !== name) {
      continue
    }
    if (rest.length === 0) {
      return field
    }
    if (field.type === 'group' || field.type === 'array') {
      return fieldAt(field.fields, rest.join('.'))
    }
    return undefined
  }
  return undefined
}
