/**
 * The recovery-phrase words: exactly 256 common, concrete English words, all lowercase, unique, so one random byte
 * picks one word and 12 words carry 96 bits. Written for this demo; the list is part of the phrase format, so
 * never reorder or edit it once phrases exist.
 */
export const RECOVERY_WORDS: readonly string[] = `
acorn actor agent album alarm anchor angle apple april arrow aspen atlas attic autumn award bacon
badge baker bamboo banjo barrel basket beach beacon beard berry bicycle bishop blanket blossom border bottle
bracket branch bread breeze brick bridge bronze brush bucket buffalo butter button cabin cactus camel candle
canoe canyon carbon carpet castle cedar cellar chalk channel cherry chess chimney circle citrus clock cloud
clover cobalt coffee comet copper coral cotton cougar cradle crater crayon cricket crystal cupboard curtain cushion
dagger daisy dancer delta desert diamond dinner dolphin donkey dragon drum eagle earth easel echo eclipse
elbow ember engine falcon feather fence ferry fiddle finch flame flute forest fossil fountain fox galaxy
garden garlic geyser ginger giraffe glacier globe goblet granite grape gravel guitar hammer harbor harvest hazel
helmet heron hollow honey horizon husky igloo island ivory jacket jaguar jasmine jelly jigsaw jungle kettle
kitten koala ladder lagoon lantern lemon lettuce lily linen lizard lobster locket lotus magnet mango maple
marble meadow melon meteor mirror mitten monkey mosaic motor mountain muffin mustard napkin needle nest nickel
noodle nutmeg oasis ocean olive onion orbit orchid otter oyster paddle palace panda paper parrot peach
pebble pencil pepper piano pigeon pillow pirate planet plum pocket pony poppy potato pumpkin puzzle quartz
quilt rabbit radar radish raven ribbon river robin rocket saddle salmon sandal satin scarf shadow shell
silver sketch sparrow spider sponge spruce squirrel statue stove sugar summit sunset swan table teapot thunder
tiger timber tomato torch tulip tunnel turtle umbrella valley velvet violin volcano walnut wagon whale willow
`
  .trim()
  .split(/\s+/);
