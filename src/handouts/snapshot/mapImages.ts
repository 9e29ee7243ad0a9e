import type { Block, HandoutDocument } from '../document'

const blockWith = <A, B>(block: Block<A>, swap: (image: A) => B): Block<B> => {
  switch (block.type) {
    case 'image':
      return { ...block, image: swap(block.image) }
    case 'techniqueCard': {
      const { image, ...card } = block
      return image === undefined ? card : { ...card, image: swap(image) }
    }
    default:
      // Every other kind holds no picture: the same value is a block of any picture type.
      return block
  }
}

/**
 * The same handout with each picture swapped by `swap` (bytes for checksums, one size of
 * several): the one place that knows where a document holds its pictures.
 */
export const mapImages = <A, B>(
  document: HandoutDocument<A>,
  swap: (image: A) => B,
): HandoutDocument<B> => {
  const { logo, ...branding } = document.branding
  return {
    ...document,
    branding: logo === undefined ? branding : { ...branding, logo: swap(logo) },
    blocks: document.blocks.map((block) => blockWith(block, swap)),
  }
}

/** Every picture a handout holds, in order (a picture shown twice is listed twice). */
export const imagesOf = <A>(document: HandoutDocument<A>): A[] => {
  const found: A[] = []
  mapImages(document, (image) => found.push(image))
  return found
}

/** The same handout with each picture swapped by an asynchronous `swap`, each distinct one once. */
export const mapImagesAsync = async <A, B>(
  document: HandoutDocument<A>,
  swap: (image: A) => Promise<B>,
): Promise<HandoutDocument<B>> => {
  const distinct = [...new Set(imagesOf(document))]
  const swapped = new Map(
    await Promise.all(distinct.map(async (image) => [image, await swap(image)] as const)),
  )
  return mapImages(document, (image) => swapped.get(image) as B)
}
