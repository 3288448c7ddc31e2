package io.cocareer.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.beans.BeanUtils;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Component;

/**
 * Reads what a form field asks of its value from the Bean Validation constraints of its form
 * class, so that a page marks required fields and states limits from the very constraints that
 * validate the form. Templates call it as {@code @formRules.of(#object, 'field')}; nested paths
 * ({@code competencies[0].level}) follow the property types.
 */
@Component("formRules")
public class FormRules {

	private final Validator validator;

	private final Map<String, FieldRule> cache = new ConcurrentHashMap<>();

	FormRules(Validator validator) {
		this.validator = validator;
	}

	/** The rule of the field of this form object; {@link FieldRule#NONE} if there is no form. */
	public FieldRule of(Object form, String path) {
		if (form == null || path == null) {
			return FieldRule.NONE;
		}
		FieldRule rule = of(form.getClass(), path);
		if (form instanceof RequiredFields fields) {
			rule = rule.requiring(fields.requiredFields().contains(path));
		}
		return rule;
	}

	/** The rule of the field as the form class declares it. */
	public FieldRule of(Class<?> formClass, String path) {
		return this.cache.computeIfAbsent(formClass.getName() + "#" + path, (key) -> read(formClass, path));
	}

	private FieldRule read(Class<?> formClass, String path) {
		Class<?> owner = formClass;
		String[] segments = path.split("\\.");
		for (int i = 0; i < segments.length - 1; i++) {
			owner = typeOf(owner, segments[i]);
			if (owner == null) {
				return FieldRule.NONE;
			}
		}
		String property = segments[segments.length - 1].replaceAll("\\[.*]$", "");
		PropertyDescriptor descriptor = this.validator.getConstraintsForClass(owner).getConstraintsForProperty(property);
		if (descriptor == null) {
			return FieldRule.NONE;
		}
		boolean required = false;
		Integer maxLength = null;
		Long min = null;
		Long max = null;
		for (ConstraintDescriptor<?> constraint : descriptor.getConstraintDescriptors()) {
			Annotation annotation = constraint.getAnnotation();
			if (annotation instanceof NotBlank || annotation instanceof NotNull || annotation instanceof NotEmpty) {
				required = true;
			}
			else if (annotation instanceof Size size && size.max() < Integer.MAX_VALUE) {
				maxLength = size.max();
			}
			else if (annotation instanceof Min found) {
				min = found.value();
			}
			else if (annotation instanceof Max found) {
				max = found.value();
			}
		}
		return new FieldRule(required, maxLength, min, max);
	}

	/** The type a path segment leads to: a property's, or its elements' for {@code rows[3]}. */
	private static Class<?> typeOf(Class<?> owner, String segment) {
		boolean indexed = segment.endsWith("]");
		String name = segment.replaceAll("\\[.*]$", "");
		java.beans.PropertyDescriptor property = BeanUtils.getPropertyDescriptor(owner, name);
		Method getter = (property != null) ? property.getReadMethod() : null;
		if (getter == null) {
			return null;
		}
		ResolvableType type = ResolvableType.forMethodReturnType(getter);
		if (!indexed) {
			return type.resolve();
		}
		if (type.isArray()) {
			return type.getComponentType().resolve();
		}
		if (Collection.class.isAssignableFrom(type.toClass())) {
			return type.asCollection().getGeneric(0).resolve();
		}
		if (Map.class.isAssignableFrom(type.toClass())) {
			return type.asMap().getGeneric(1).resolve();
		}
		return null;
	}

}
