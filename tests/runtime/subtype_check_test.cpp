// isAssignable over classes (display and deep chains), interfaces and arrays.
#include "runtime/object/class_info.h"
#include "runtime_fixture.h"

namespace plurix::runtime::testing {
namespace {

class SubtypeCheckTest : public RuntimeTest {
 protected:
  void SetUp() override {
    RuntimeTest::SetUp();
    shape_ = defineClass({"Shape", nullptr, {}, kClassInterface});
    round_ = defineClass({"Round", nullptr, {}, kClassInterface, {shape_}});
    animal_ = defineClass({"Animal", object_});
    dog_ = defineClass({"Dog", animal_, {}, 0, {shape_}});
    ball_ = defineClass({"Ball", object_, {}, 0, {round_, shape_}});
  }
  ClassInfo* shape_ = nullptr;
  ClassInfo* round_ = nullptr;
  ClassInfo* animal_ = nullptr;
  ClassInfo* dog_ = nullptr;
  ClassInfo* ball_ = nullptr;
};

TEST_F(SubtypeCheckTest, ClassesFollowTheirSuperclassChain) {
  EXPECT_TRUE(isAssignable(dog_, animal_));
  EXPECT_TRUE(isAssignable(dog_, object_));
  EXPECT_TRUE(isAssignable(dog_, dog_));
  EXPECT_FALSE(isAssignable(animal_, dog_));
  EXPECT_FALSE(isAssignable(ball_, animal_));
}

TEST_F(SubtypeCheckTest, ClassesDeeperThanTheDisplayWalkTheirSupers) {
  const ClassInfo* chain[kDisplaySize + 4];
  chain[0] = object_;
  for (uint32_t i = 1; i < kDisplaySize + 4; ++i) {
    chain[i] = defineClass({"Level" + std::to_string(i), chain[i - 1]});
  }
  const ClassInfo* deepest = chain[kDisplaySize + 3];
  for (uint32_t i = 0; i < kDisplaySize + 4; ++i) EXPECT_TRUE(isAssignable(deepest, chain[i])) << i;
  EXPECT_FALSE(isAssignable(chain[kDisplaySize + 1], chain[kDisplaySize + 2]));
  EXPECT_FALSE(isAssignable(chain[kDisplaySize + 2], defineClass({"Other", chain[kDisplaySize + 1]})));
  EXPECT_FALSE(isAssignable(deepest, animal_));
}

TEST_F(SubtypeCheckTest, InterfacesComeFromTheTransitiveList) {
  EXPECT_TRUE(isAssignable(dog_, shape_));
  EXPECT_FALSE(isAssignable(dog_, round_));
  EXPECT_TRUE(isAssignable(ball_, round_));
  EXPECT_TRUE(isAssignable(ball_, shape_));
  EXPECT_TRUE(isAssignable(round_, shape_));
  EXPECT_FALSE(isAssignable(shape_, round_));
  EXPECT_TRUE(isAssignable(round_, object_));
  EXPECT_FALSE(isAssignable(shape_, animal_));
}

TEST_F(SubtypeCheckTest, ArraysAreCovariantInReferenceElements) {
  ClassInfo* dogs = defineArray("[LDog;", heap::FieldKind::kReference, dog_, 0);
  ClassInfo* animals = defineArray("[LAnimal;", heap::FieldKind::kReference, animal_, 0);
  ClassInfo* shapes = defineArray("[LShape;", heap::FieldKind::kReference, shape_, 0);
  ClassInfo* dogGrid = defineArray("[[LDog;", heap::FieldKind::kReference, dogs, 0);
  ClassInfo* animalGrid = defineArray("[[LAnimal;", heap::FieldKind::kReference, animals, 0);
  EXPECT_TRUE(isAssignable(dogs, animals));
  EXPECT_TRUE(isAssignable(dogs, objectArray_));
  EXPECT_TRUE(isAssignable(dogs, shapes));
  EXPECT_FALSE(isAssignable(animals, dogs));
  EXPECT_TRUE(isAssignable(dogGrid, animalGrid));
  EXPECT_TRUE(isAssignable(dogGrid, objectArray_));
  EXPECT_FALSE(isAssignable(animalGrid, dogGrid));
  EXPECT_FALSE(isAssignable(dogs, dog_));
}

TEST_F(SubtypeCheckTest, ArraysAreObjectsAndCloneableButNothingElse) {
  EXPECT_TRUE(isAssignable(intArray_, object_));
  EXPECT_TRUE(isAssignable(intArray_, cloneable_));
  EXPECT_TRUE(isAssignable(stringArray_, cloneable_));
  EXPECT_FALSE(isAssignable(intArray_, shape_));
  EXPECT_FALSE(isAssignable(intArray_, animal_));
  EXPECT_FALSE(isAssignable(intArray_, longArray_));
  EXPECT_FALSE(isAssignable(intArray_, objectArray_));
  EXPECT_FALSE(isAssignable(objectArray_, intArray_));
  EXPECT_FALSE(isAssignable(object_, intArray_));
}

}  // namespace
}  // namespace plurix::runtime::testing
